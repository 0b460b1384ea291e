package dev.m2m.bench;

import java.util.List;
import java.util.Map;

/**
 * The named passes of the committed run, and the default pass. Each is a list of JMH runs, because
 * not every operation needs every probe at every size on both databases: a run crosses only the
 * parameters it names. The times are for 2 cores; approaches added later join the same runs.
 */
enum Pass {
    /** {@code ./benchmark}: one probe per read, the four approaches, H2, 1,000 students. */
    DEFAULT("every read at one probe, 4 approaches, H2, 1,000 students", 10, List.of(
            reads(Db.H2, Size.S_1K, "C_100", "COURSES_3", "ABOUT_100", "PLAIN_JDBC,JDBC,JPA,MYBATIS"))),

    /** The headline: every probe of every read, every approach, the writes and deletes; PostgreSQL, 100,000 students. */
    POSTGRES("every read at every probe, the limit below the floor, writes and deletes; PostgreSQL, 100,000 students",
            42, List.of(
            new Run("\\.StudentsInBenchmarks", Map.of("db", "POSTGRES", "size", "S_100K",
                    "course", "C_10,C_100,C_1K,C_10K", "approach", "PLAIN_JDBC,ONE_ROUND_TRIP,JDBC,JPA,MYBATIS")),
            new Run("\\.FindStudentBenchmarks|\\.ListBenchmarks.listStudents", Map.of("db", "POSTGRES", "size", "S_100K",
                    "student", "COURSES_1,COURSES_3,COURSES_9",
                    "approach", "PLAIN_JDBC,ONE_ROUND_TRIP,JDBC,JPA,MYBATIS,MYBATIS_FLAT_ROWS")),
            new Run("\\.ListBenchmarks.courseStats|\\.ClassmatesBenchmarks", Map.of("db", "POSTGRES", "size", "S_100K",
                    "classmates", "ABOUT_100,ABOUT_10K", "approach", "PLAIN_JDBC,ONE_ROUND_TRIP,JDBC,JPA,MYBATIS")),
            new Run("\\.NaiveLoadingBenchmarks", Map.of("db", "POSTGRES", "size", "S_100K")),
            new Run("\\.WriteBenchmarks|\\.DeleteBenchmarks", Map.of("db", "POSTGRES", "size", "S_100K",
                    "course", "C_10K", "student", "COURSES_9", "approach", "PLAIN_JDBC,JDBC,JPA,MYBATIS")))),

    /** The same questions on H2 in the JVM, where the mapping's own cost shows: one probe per read. */
    H2("every read at one probe, writes, deletes and the bulk load; H2, 10,000 students", 25, List.of(
            reads(Db.H2, Size.S_10K, "C_100", "COURSES_3", "ABOUT_100", "PLAIN_JDBC,JDBC,JPA,MYBATIS"),
            new Run("\\.FindStudentBenchmarks|\\.ListBenchmarks.listStudents", Map.of("db", "H2", "size", "S_10K",
                    "student", "COURSES_3", "approach", "MYBATIS_FLAT_ROWS")),
            new Run("\\.NaiveLoadingBenchmarks", Map.of("db", "H2", "size", "S_10K")),
            new Run("\\.WriteBenchmarks|\\.DeleteBenchmarks", Map.of("db", "H2", "size", "S_10K",
                    "course", "C_1K", "student", "COURSES_9", "approach", "PLAIN_JDBC,JDBC,JPA,MYBATIS")),
            new Run("\\.BulkLoadBenchmarks", Map.of("db", "H2", "size", "S_10K", "approach", "PLAIN_JDBC,JDBC,JPA,MYBATIS")))),

    /**
     * The two scaling curves on PostgreSQL, with one representative read, {@code studentsIn}: every course
     * probe at 1,000,000 students (time against answer size), and the 100-student course at 1,000 and
     * 1,000,000 students (time against table size, with 100,000 from the POSTGRES pass).
     */
    SCALING("studentsIn at every answer size at 1,000,000 students, and at 100 students across table sizes; PostgreSQL",
            16, List.of(
            new Run("\\.StudentsInBenchmarks", Map.of("db", "POSTGRES", "size", "S_1M",
                    "course", "C_10,C_100,C_1K,C_10K", "approach", "PLAIN_JDBC,JDBC,JPA,MYBATIS")),
            new Run("\\.StudentsInBenchmarks", Map.of("db", "POSTGRES", "size", "S_1K",
                    "course", "C_100", "approach", "PLAIN_JDBC,JDBC,JPA,MYBATIS"))));

    /** One JMH run: the benchmarks matching {@code include} (a regular expression), at these parameters. */
    record Run(String include, Map<String, String> params) {
    }

    final String description;
    final int minutes;
    final List<Run> runs;

    Pass(String description, int minutes, List<Run> runs) {
        this.description = description;
        this.minutes = minutes;
        this.runs = runs;
    }

    private static Run reads(Db db, Size size, String course, String student, String classmates, String approaches) {
        return new Run("\\.StudentsInBenchmarks|\\.FindStudentBenchmarks|\\.ListBenchmarks|\\.ClassmatesBenchmarks",
                Map.of("db", db.name(), "size", size.name(), "course", course, "student", student,
                        "classmates", classmates, "approach", approaches));
    }
}
