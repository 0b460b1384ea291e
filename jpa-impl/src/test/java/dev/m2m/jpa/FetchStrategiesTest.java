package dev.m2m.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.m2m.contract.SampleSchool;
import dev.m2m.contract.StatementRecorder;
import dev.m2m.contract.TestDatabase;
import dev.m2m.core.StudentWithCourses;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The fetch-strategy showcase, measured: 12 students (10 with two courses each, 2 with none), the
 * same result four ways, and the exact number of statements each way sends. The lazy test exists
 * to document the N+1 problem: its count is the pitfall.
 */
class FetchStrategiesTest {

    private static final int STUDENTS = 12;

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldSendOneStatementPerStudentWhenCoursesLoadLazily(TestDatabase database) {
        assertStatements(database, FetchStrategies::lazyLoading, 1 + STUDENTS);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldSendOneStatementWithJoinFetch(TestDatabase database) {
        assertStatements(database, FetchStrategies::joinFetch, 1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldSendOneStatementWithAnEntityGraph(TestDatabase database) {
        assertStatements(database, FetchStrategies::entityGraph, 1);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldSendOneStatementPerBatchOfStudentsWithBatchFetching(TestDatabase database) {
        // 12 students in batches of 5: the students, then 3 statements for their courses
        assertStatements(database, strategies -> strategies.batchFetching(5), 1 + 3);
    }

    private static void assertStatements(
            TestDatabase database, Function<FetchStrategies, List<StudentWithCourses>> strategy, int expected) {
        // given
        var dataSource = database.dataSource();
        database.clean(dataSource);
        List<StudentWithCourses> expectedResult;
        try (var registrar = new JpaRegistrar(dataSource)) {
            SampleSchool.create(registrar, STUDENTS - 2, 4, 2);
            expectedResult = registrar.listStudents(0, 100);
        }
        var statements = new StatementRecorder();

        try (var strategies = new FetchStrategies(statements.wrap(dataSource))) {
            // when
            statements.reset();
            var result = strategy.apply(strategies);

            // then
            assertThat(result).hasSize(STUDENTS).containsExactlyElementsOf(expectedResult);
            assertThat(statements.count()).isEqualTo(expected);
        }
    }
}
