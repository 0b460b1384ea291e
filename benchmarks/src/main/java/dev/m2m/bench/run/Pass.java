package dev.m2m.bench.run;

import static dev.m2m.bench.BenchmarkCatalog.BULK_LOAD;
import static dev.m2m.bench.BenchmarkCatalog.CLASSMATES_OF;
import static dev.m2m.bench.BenchmarkCatalog.COURSE_STATS;
import static dev.m2m.bench.BenchmarkCatalog.DELETE_COURSE;
import static dev.m2m.bench.BenchmarkCatalog.DELETE_STUDENT;
import static dev.m2m.bench.BenchmarkCatalog.ENROLL_ALL_THEN_DROP;
import static dev.m2m.bench.BenchmarkCatalog.ENROLL_THEN_DROP;
import static dev.m2m.bench.BenchmarkCatalog.FIND_COURSE;
import static dev.m2m.bench.BenchmarkCatalog.FIND_STUDENT;
import static dev.m2m.bench.BenchmarkCatalog.GRADE;
import static dev.m2m.bench.BenchmarkCatalog.LIST_STUDENTS;
import static dev.m2m.bench.BenchmarkCatalog.NAIVE_LOADING;
import static dev.m2m.bench.BenchmarkCatalog.STUDENTS_IN;

import dev.m2m.bench.BenchmarkCatalog;
import dev.m2m.bench.school.Db;
import dev.m2m.bench.school.Size;
import java.util.List;
import java.util.Map;

/**
 * The named passes of the committed run, and the default pass. Each is a list of JMH runs, because
 * not every operation needs every probe at every size on both databases: a run crosses only the
 * parameters it names. The times are for 2 cores; approaches added later join the same runs.
 */
enum Pass {
    /**
     * {@code ./benchmark}: one probe per read, the four approaches, H2, 1,000 students; one fork of 15
     * iterations, so that it fits in about 10 minutes (the committed passes use two forks).
     */
    DEFAULT("every read at one probe, 4 approaches, H2, 1,000 students", 10, 1, List.of(
            reads(Db.H2, Size.S_1K, "C_100", "COURSES_3", "ABOUT_100", "PLAIN_JDBC,JDBC,JPA,MYBATIS"))),

    /**
     * Spring Data JPA and Spring Data JDBC beside JPA and the floor, before they join the committed passes:
     * every read at its usual probe and the writes, on H2 at 1,000 students, where what each layer adds
     * shows; one fork, as the default pass.
     */
    SPRING_DATA("every read at its usual probe and both writes; Spring Data JPA and JDBC beside JPA and the "
            + "floor; H2, 1,000 students", 14, 1, List.of(
            reads(Db.H2, Size.S_1K, "C_100", "COURSES_3", "ABOUT_100", "PLAIN_JDBC,JPA,SPRING_DATA_JPA,SPRING_DATA_JDBC"),
            new Run(List.of(ENROLL_ALL_THEN_DROP, ENROLL_THEN_DROP), Map.of("db", "H2", "size", "S_1K",
                    "approach", "PLAIN_JDBC,JPA,SPRING_DATA_JPA,SPRING_DATA_JDBC")))),

    /**
     * jOOQ beside the floor and Spring JDBC (the same SQL, written as strings): the plain reads at their usual
     * probe, and the three graph reads at every answer size, MULTISET (built and rendered at each call, and
     * rendered once) against the flat join folded by hand (a
     * student of 1, 3 or 9 courses, a course of 10 to 10,000 students, a page of 50); PostgreSQL at 100,000
     * students, H2 at 10,000 (which has no course of 10,000). One fork, as the default pass.
     */
    JOOQ("jOOQ's MULTISET (as built at each call and rendered once) and its flat join beside the floor and "
            + "Spring JDBC: every read, the graph reads at every answer size; PostgreSQL, 100,000 students, and H2, "
            + "10,000", 40, 1, List.of(
            jooqReads(Db.POSTGRES, Size.S_100K),
            jooqGraphs(Db.POSTGRES, Size.S_100K, "C_10,C_100,C_1K,C_10K"),
            jooqReads(Db.H2, Size.S_10K),
            jooqGraphs(Db.H2, Size.S_10K, "C_10,C_100,C_1K"))),

    /**
     * The headline, on PostgreSQL at 100,000 students: every read at its usual probe through every
     * approach and the one-round-trip limit; the large probes (a course of 10,000, a student of 9 courses,
     * 9,999 classmates) through the four approaches; the N+1 pages, enrol-and-drop, and the two deletes.
     */
    POSTGRES("every read at its usual and its large probe, the one-round-trip limit, the N+1 and Pageable pages, "
            + "enrol and drop, "
            + "the deletes; PostgreSQL, 100,000 students", 43, 2, List.of(
            reads(Db.POSTGRES, Size.S_100K, "C_100", "COURSES_3", "ABOUT_100",
                    "PLAIN_JDBC,ONE_ROUND_TRIP,JDBC,JPA,MYBATIS"),
            flatRows(Db.POSTGRES, Size.S_100K),
            reads(Db.POSTGRES, Size.S_100K, "C_10K", "COURSES_9", "ABOUT_10K", "PLAIN_JDBC,JDBC,JPA,MYBATIS",
                    List.of(STUDENTS_IN, FIND_STUDENT, CLASSMATES_OF)),
            new Run(List.of(NAIVE_LOADING), Map.of("db", "POSTGRES", "size", "S_100K")),
            new Run(List.of(ENROLL_THEN_DROP, DELETE_COURSE, DELETE_STUDENT), Map.of("db", "POSTGRES",
                    "size", "S_100K", "course", "C_10K", "student", "COURSES_9",
                    "approach", "PLAIN_JDBC,JDBC,JPA,MYBATIS")))),

    /**
     * The same reads on H2 in the JVM, where the mapping's own cost shows, with both writes and the bulk load;
     * Spring Data JPA and Spring Data JDBC join the reads, the writes and the bulk load here, each with the
     * pitfalls chapter 12 shows timed beside it (the N+1 and Pageable pages, the derived query, a grade that
     * rewrites all of a student's links, {@code saveAll} with {@code IDENTITY} ids); jOOQ joins the bulk load.
     */
    H2("every read at its usual probe, the N+1 and Pageable pages, the derived query, both writes, a grade of a "
            + "student of 1, 3 and 9 courses, the bulk load; H2, 10,000 students",
            72, 2, List.of(
            reads(Db.H2, Size.S_10K, "C_100", "COURSES_3", "ABOUT_100", Pass.SIX_APPROACHES),
            flatRows(Db.H2, Size.S_10K),
            new Run(List.of(STUDENTS_IN), Map.of("db", "H2", "size", "S_10K", "course", "C_100",
                    "approach", "SPRING_DATA_JPA_DERIVED_QUERY")),
            new Run(List.of(NAIVE_LOADING), Map.of("db", "H2", "size", "S_10K")),
            new Run(List.of(ENROLL_ALL_THEN_DROP, ENROLL_THEN_DROP),
                    Map.of("db", "H2", "size", "S_10K", "approach", Pass.SIX_APPROACHES)),
            new Run(List.of(GRADE), Map.of("db", "H2", "size", "S_10K", "student", "COURSES_1,COURSES_3,COURSES_9",
                    "approach", "PLAIN_JDBC,JPA,SPRING_DATA_JPA,SPRING_DATA_JDBC")),
            new Run(List.of(BULK_LOAD), Map.of("db", "H2", "size", "S_10K",
                    "approach", "PLAIN_JDBC,JDBC,JPA,MYBATIS,SPRING_DATA_JPA,SPRING_DATA_JDBC,JOOQ")))),

    /**
     * The two scaling curves on PostgreSQL, with one representative read, {@code studentsIn}: every course
     * probe at 1,000,000 students (time against answer size), and the 100-student course at 1,000 students
     * (time against table size, with 100,000 from the POSTGRES pass and 1,000,000 from here).
     */
    SCALING("studentsIn at every answer size at 1,000,000 students, and at 100 students at 1,000; PostgreSQL",
            18, 2, List.of(
            new Run(List.of(STUDENTS_IN), Map.of("db", "POSTGRES", "size", "S_1M",
                    "course", "C_10,C_100,C_1K,C_10K", "approach", "PLAIN_JDBC,JDBC,JPA,MYBATIS")),
            new Run(List.of(STUDENTS_IN), Map.of("db", "POSTGRES", "size", "S_1K",
                    "course", "C_100", "approach", "PLAIN_JDBC,JDBC,JPA,MYBATIS"))));

    /** The floor, the three approaches of the first runs and the two Spring Data ones. */
    private static final String SIX_APPROACHES = "PLAIN_JDBC,JDBC,JPA,MYBATIS,SPRING_DATA_JPA,SPRING_DATA_JDBC";

    /** One JMH run: these benchmarks, at these parameters. */
    record Run(List<BenchmarkCatalog> benchmarks, Map<String, String> params) {

        /** JMH's include patterns, one per benchmark. */
        List<String> includes() {
            return benchmarks.stream().map(BenchmarkCatalog::include).toList();
        }
    }

    final String description;
    final int minutes;
    final int forks;
    final List<Run> runs;

    Pass(String description, int minutes, int forks, List<Run> runs) {
        this.description = description;
        this.minutes = minutes;
        this.forks = forks;
        this.runs = runs;
    }

    /** The five reads, each at the probe given for it. */
    private static Run reads(Db db, Size size, String course, String student, String classmates, String approaches) {
        return reads(db, size, course, student, classmates, approaches,
                List.of(STUDENTS_IN, FIND_STUDENT, COURSE_STATS, LIST_STUDENTS, CLASSMATES_OF));
    }

    /** These reads, each at the probe given for it. */
    private static Run reads(Db db, Size size, String course, String student, String classmates, String approaches,
                             List<BenchmarkCatalog> reads) {
        return new Run(reads,
                Map.of("db", db.name(), "size", size.name(), "course", course, "student", student,
                        "classmates", classmates, "approach", approaches));
    }

    /** The reads that nest nothing, through the floor, Spring JDBC and jOOQ. */
    private static Run jooqReads(Db db, Size size) {
        return new Run(List.of(STUDENTS_IN, CLASSMATES_OF, COURSE_STATS),
                Map.of("db", db.name(), "size", size.name(), "course", "C_100", "classmates", "ABOUT_100",
                        "approach", "PLAIN_JDBC,JDBC,JOOQ"));
    }

    /** The three graph reads at every answer size, MULTISET (JOOQ, and rendered once) against the flat joins. */
    private static Run jooqGraphs(Db db, Size size, String courses) {
        return new Run(List.of(FIND_STUDENT, FIND_COURSE, LIST_STUDENTS),
                Map.of("db", db.name(), "size", size.name(), "student", "COURSES_1,COURSES_3,COURSES_9",
                        "course", courses, "approach", "PLAIN_JDBC,JDBC,JOOQ,JOOQ_FLAT_JOIN,JOOQ_RENDERED_ONCE"));
    }

    /** MyBatis's graph reads from flat rows folded by a ResultHandler, beside its nested result map. */
    private static Run flatRows(Db db, Size size) {
        return new Run(List.of(FIND_STUDENT, LIST_STUDENTS),
                Map.of("db", db.name(), "size", size.name(), "student", "COURSES_3", "approach", "MYBATIS_FLAT_ROWS"));
    }
}
