package dev.m2m.jpa.showcase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.m2m.contract.SampleSchool;
import dev.m2m.contract.StatementRecorder;
import dev.m2m.contract.TestDatabase;
import dev.m2m.core.StudentWithCourses;
import dev.m2m.jpa.JpaRegistrar;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The fetch-strategy showcase, measured: 12 students (10 with two courses each, 2 with none), the
 * same result four ways, and the exact number of statements each way sends. The lazy tests exist
 * to document the N+1 problem: their counts are the pitfall.
 */
class FetchStrategiesTest {

    private static final int STUDENTS = 12;

    // tag::counts[]
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldSendOneStatementPerStudentWhenCoursesLoadLazily(TestDatabase database) {
        assertStatements(database, (strategies, all) -> strategies.lazyLoading(), Function.identity(), 1 + STUDENTS);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldSendOneStatementPerStudentOfAPageWhenCoursesLoadLazily(TestDatabase database) {
        // a page of 5 after the second student: the page, then 5 collections one by one
        assertStatements(database, (strategies, all) -> strategies.lazyLoading(all.get(1).student().id(), 5),
                all -> all.subList(2, 7), 1 + 5);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldSendOneStatementWithJoinFetch(TestDatabase database) {
        assertStatements(database, (strategies, all) -> strategies.joinFetch(), Function.identity(), 1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldSendOneStatementWithAnEntityGraph(TestDatabase database) {
        assertStatements(database, (strategies, all) -> strategies.entityGraph(), Function.identity(), 1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldSendOneStatementPerBatchOfStudentsWithBatchFetching(TestDatabase database) {
        // 12 students in batches of 5: the students, then 3 statements for their courses
        assertStatements(database, (strategies, all) -> strategies.batchFetching(5), Function.identity(), 1 + 3);
    }
    // end::counts[]

    private static void assertStatements(
            TestDatabase database,
            BiFunction<FetchStrategies, List<StudentWithCourses>, List<StudentWithCourses>> strategy,
            Function<List<StudentWithCourses>, List<StudentWithCourses>> expectedPart,
            int expectedStatements) {
        // given
        var dataSource = database.dataSource();
        database.clean(dataSource);
        List<StudentWithCourses> all;
        try (var registrar = JpaRegistrar.create(dataSource)) {
            SampleSchool.create(registrar, STUDENTS - 2, 4, 2);
            all = registrar.listStudents(0, 100);
        }
        var statements = new StatementRecorder();

        try (var strategies = new FetchStrategies(statements.wrap(dataSource))) {
            // when
            statements.reset();
            var result = strategy.apply(strategies, all);

            // then
            assertThat(all).hasSize(STUDENTS);
            assertThat(result).containsExactlyElementsOf(expectedPart.apply(all));
            assertThat(statements.count()).isEqualTo(expectedStatements);
        }
    }
}
