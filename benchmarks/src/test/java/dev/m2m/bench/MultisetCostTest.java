package dev.m2m.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.m2m.bench.MultisetCostBenchmarks.Step;
import dev.m2m.bench.school.BenchDatabase;
import dev.m2m.bench.school.CourseProbe;
import dev.m2m.bench.school.Db;
import dev.m2m.bench.school.SchoolData;
import dev.m2m.bench.school.Size;
import dev.m2m.bench.school.StudentProbe;
import dev.m2m.bench.workload.RegistrarWorkload;
import dev.m2m.bench.workload.UnparsedMultiset.CourseRow;
import dev.m2m.bench.workload.UnparsedMultiset.StudentRow;
import dev.m2m.core.Course;
import dev.m2m.core.Student;
import dev.m2m.core.StudentWithCourses;
import dev.m2m.jdbc.JdbcRegistrar;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every step of the MULTISET cost ladder reads the same students and courses, on H2 and on PostgreSQL
 * (where jOOQ's JSONB and JSON statements differ): the floor and jOOQ's steps return Spring JDBC's
 * registrar's records, and the unparsed steps its parents with their children's names in the nested text,
 * in the same order. So each step adds a cost, not a different answer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MultisetCostTest {

    private final Map<Db, BenchDatabase> databases = new EnumMap<>(Db.class);

    @BeforeAll
    void loadTheSchools() throws Exception {
        for (Db db : Db.values()) {
            databases.put(db, BenchDatabase.open(db, Size.S_1K));
        }
    }

    @AfterAll
    void close() throws Exception {
        for (var database : databases.values()) {
            database.close();
        }
    }

    static Stream<Arguments> stepsOnEachDatabase() {
        return Arrays.stream(Db.values()).flatMap(db -> Arrays.stream(Step.values()).map(step -> Arguments.of(db, step)));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("stepsOnEachDatabase")
    void shouldReadTheRegistrarsStudentsAndCourses(Db db, Step step) {
        var database = databases.get(db);
        var registrar = new RegistrarWorkload(JdbcRegistrar.create(database.dataSource()));
        var reads = step.open(database);
        try {
            for (var probe : StudentProbe.values()) {
                var expected = registrar.findStudent(probe.id());
                assertThat(probe.courses).isEqualTo(expected.courses().size());
                assertStudent(reads.findStudent().apply(probe.id()), expected);
            }
            for (var probe : List.of(CourseProbe.C_10, CourseProbe.C_100)) {
                var expected = registrar.findCourse(probe.id());
                var read = reads.findCourse().apply(probe.id());
                if (read instanceof CourseRow row) {
                    assertThat(new Course(row.id(), row.name(), row.capacity())).isEqualTo(expected.course());
                    assertNamesInOrder(row.students(), expected.students().stream().map(Student::name).toList());
                } else {
                    assertThat(read).isEqualTo(expected);
                }
            }
            long afterId = database.data().pageAfter();
            var page = (List<?>) reads.listStudents().apply(afterId, SchoolData.PAGE);
            var expectedPage = registrar.listStudents(afterId, SchoolData.PAGE);
            assertThat(page).hasSize(SchoolData.PAGE);
            for (int i = 0; i < page.size(); i++) {
                assertStudent(page.get(i), expectedPage.get(i));
            }
        } finally {
            reads.close().run();
            registrar.close();
        }
    }

    private static void assertStudent(Object read, StudentWithCourses expected) {
        if (read instanceof StudentRow row) {
            assertThat(new Student(row.id(), row.name())).isEqualTo(expected.student());
            assertNamesInOrder(row.courses(), expected.courses().stream().map(Course::name).toList());
        } else {
            assertThat(read).isEqualTo(expected);
        }
    }

    /** The nested JSON text holds each name, quoted, in the given order (names here are unique and unnested). */
    private static void assertNamesInOrder(String json, List<String> names) {
        assertThat(json).startsWith("[").endsWith("]");
        int from = 0;
        for (String name : names) {
            int at = json.indexOf('"' + name + '"', from);
            assertThat(at).as("%s after position %d in %s", name, from, json).isGreaterThanOrEqualTo(from);
            from = at + name.length() + 2;
        }
    }
}
