package dev.m2m.mybatis.showcase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.m2m.contract.SampleSchool;
import dev.m2m.contract.StatementRecorder;
import dev.m2m.contract.TestDatabase;
import dev.m2m.core.StudentWithCourses;
import dev.m2m.mybatis.MyBatisRegistrar;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The loading showcase, measured: 12 students (10 with two courses each, 2 with none), the same
 * result both ways, and the exact number of statements each sends. The nested-select test exists to
 * document the N+1 problem: its count is the pitfall.
 */
class LoadingShowcaseTest {

    private static final int STUDENTS = 12;

    // tag::counts[]
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldSendOneStatementPerStudentWithANestedSelect(TestDatabase database) {
        assertStatements(database, LoadingShowcase::nestedSelect, 1 + STUDENTS);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldSendOneStatementPerStudentOfAPageWithANestedSelect(TestDatabase database) {
        // a page of 5 after the second student: the page, then 5 nested selects
        assertStatements(database, (showcase, all) -> showcase.nestedSelect(all.get(1).student().id(), 5),
                all -> all.subList(2, 7), 1 + 5);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldSendOneStatementWithNestedResults(TestDatabase database) {
        assertStatements(database, LoadingShowcase::nestedResults, 1);
    }
    // end::counts[]

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldSendOneStatementWithFlatRowsFoldedByAResultHandler(TestDatabase database) {
        assertStatements(database, (showcase, all) -> showcase.flatRows(0, 100), Function.identity(), 1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldFoldOneStudentsFlatRowsWithOrWithoutCourses(TestDatabase database) {
        // the first student with courses and the first without: one statement each
        assertStatements(database,
                (showcase, all) -> List.of(
                        showcase.flatRowsOfStudent(withCourses(all, true).student().id()),
                        showcase.flatRowsOfStudent(withCourses(all, false).student().id())),
                all -> List.of(withCourses(all, true), withCourses(all, false)), 2);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldFindNoStudentInFlatRowsOfAnUnknownId(TestDatabase database) {
        assertStatements(database, (showcase, all) -> {
            assertThat(showcase.flatRowsOfStudent(Long.MAX_VALUE)).isNull();
            return List.of();
        }, all -> List.of(), 1);
    }

    private static StudentWithCourses withCourses(List<StudentWithCourses> all, boolean hasCourses) {
        return all.stream().filter(student -> student.courses().isEmpty() != hasCourses).findFirst().orElseThrow();
    }

    private static void assertStatements(
            TestDatabase database, Function<LoadingShowcase, List<StudentWithCourses>> loading, int expected) {
        assertStatements(database, (showcase, all) -> loading.apply(showcase), Function.identity(), expected);
    }

    private static void assertStatements(
            TestDatabase database,
            BiFunction<LoadingShowcase, List<StudentWithCourses>, List<StudentWithCourses>> loading,
            Function<List<StudentWithCourses>, List<StudentWithCourses>> expectedPart,
            int expected) {
        // given
        var dataSource = database.dataSource();
        database.clean(dataSource);
        var registrar = MyBatisRegistrar.create(dataSource);
        SampleSchool.create(registrar, STUDENTS - 2, 4, 2);
        var expectedResult = registrar.listStudents(0, 100);
        var statements = new StatementRecorder();
        var showcase = new LoadingShowcase(statements.wrap(dataSource));

        // when
        statements.reset();
        var result = loading.apply(showcase, expectedResult);

        // then
        assertThat(expectedResult).hasSize(STUDENTS);
        assertThat(result).containsExactlyElementsOf(expectedPart.apply(expectedResult));
        assertThat(statements.count()).isEqualTo(expected);
    }
}
