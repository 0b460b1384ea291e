package dev.m2m.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.m2m.bench.school.Db;
import dev.m2m.bench.school.Size;
import dev.m2m.bench.workload.Implementation;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What each benchmarked call sends, as the report prints it: the same at every size (an index that
 * stopped serving a read would not change these, but an approach that fetched more as the data grew
 * would), and on PostgreSQL the round trips a transaction per call adds.
 */
class StatementCountsTest {

    private static final String[] READS = {"StudentsInBenchmarks.studentsIn C_100", "FindStudentBenchmarks.findStudent COURSES_3",
        "ClassmatesBenchmarks.classmatesOf ABOUT_100", "ListBenchmarks.listStudents", "ListBenchmarks.courseStats"};

    @Test
    void shouldSendOneStatementPerReadAndTheSameCountsAtEverySize() throws Exception {
        var small = StatementCounts.measure(Db.H2, Size.S_1K, false);
        var larger = StatementCounts.measure(Db.H2, Size.S_10K, false);

        for (String read : READS) {
            assertThat(small.get(read)).as(read).hasSize(Implementation.values().length)
                    .allSatisfy((approach, count) -> assertThat(count).isEqualTo(new StatementCounts.Count(1, null)));
        }
        assertThat(larger.get("StudentsInBenchmarks.studentsIn C_1K")).as("a probe that exists from 10,000 students")
                .isNotNull();
        for (var entry : small.entrySet()) {
            assertThat(larger.get(entry.getKey())).as(entry.getKey()).isEqualTo(entry.getValue());
        }
        assertThat(small.get("NaiveLoadingBenchmarks.listStudents")).containsValue(new StatementCounts.Count(51, null));
        assertThat(small.get("WriteBenchmarks.enrollThenDrop"))
                .containsEntry("PLAIN_JDBC", new StatementCounts.Count(5, null))
                .containsEntry("JPA", new StatementCounts.Count(6, null));
        assertThat(small.get("GradeBenchmarks.grade COURSES_9"))
                .as("a grade: the same statements for a student of 1 or 9 courses (a JDBC batch counts as one)")
                .isEqualTo(small.get("GradeBenchmarks.grade COURSES_1"))
                .containsEntry("PLAIN_JDBC", new StatementCounts.Count(1, null))
                .containsEntry("JPA", new StatementCounts.Count(2, null))
                .containsEntry("SPRING_DATA_JDBC", new StatementCounts.Count(6, null));
    }

    /**
     * A read in a transaction is two round trips on PostgreSQL (BEGIN travels with the statement, COMMIT
     * alone), for the floor and every registrar alike; the same statement in auto-commit is one. The pool's
     * resets on return cost none.
     */
    @Test
    void shouldCountTheRoundTripsOfATransactionPerCallOnPostgres() throws Exception {
        var counts = StatementCounts.measure(Db.POSTGRES, Size.S_1K, false);

        for (String read : READS) {
            for (Implementation approach : Implementation.values()) {
                assertThat(counts.get(read).get(approach.name())).as("%s, %s", read, approach)
                        .isEqualTo(new StatementCounts.Count(1, approach == Implementation.ONE_ROUND_TRIP ? 1 : 2));
            }
        }
        assertThat(counts.get("NaiveLoadingBenchmarks.listStudents")).as("51 statements, then the commit")
                .containsValue(new StatementCounts.Count(51, 52));
        assertThat(counts.get("WriteBenchmarks.enrollThenDrop"))
                .as("enroll: 4 statements and a commit; drop: 1 and a commit")
                .containsEntry("PLAIN_JDBC", new StatementCounts.Count(5, 7));
        assertThat(Map.copyOf(counts.get("DeleteBenchmarks.deleteCourse C_100")))
                .containsEntry("JDBC", new StatementCounts.Count(1, 2))
                .containsEntry("JPA", new StatementCounts.Count(3, 4));
    }
}
