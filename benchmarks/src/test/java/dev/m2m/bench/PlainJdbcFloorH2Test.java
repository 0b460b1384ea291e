package dev.m2m.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.m2m.bench.school.BenchDatabase;
import dev.m2m.bench.school.ClassmatesProbe;
import dev.m2m.bench.school.CourseProbe;
import dev.m2m.bench.school.Db;
import dev.m2m.bench.school.SchoolData;
import dev.m2m.bench.school.Size;
import dev.m2m.bench.school.StudentProbe;
import dev.m2m.bench.workload.Implementation;
import dev.m2m.bench.workload.NaiveLoading;
import dev.m2m.bench.workload.RegistrarWorkload;
import dev.m2m.bench.workload.Workload;
import dev.m2m.core.Registrar;
import dev.m2m.jdbc.JdbcRegistrar;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The floor does the same work as the approaches it is compared with: on the generated school, every
 * benchmarked read returns exactly what the Spring JDBC registrar returns, and the writes leave the
 * same links behind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlainJdbcFloorH2Test {

    private BenchDatabase database;
    private Workload floor;
    private Workload registrar;
    private Registrar transcripts;

    @BeforeAll
    void loadTheSchool() throws Exception {
        database = BenchDatabase.open(Db.H2, Size.S_1K);
        floor = Implementation.PLAIN_JDBC.open(database.dataSource());
        transcripts = JdbcRegistrar.create(database.dataSource());
        registrar = new RegistrarWorkload(transcripts);
    }

    @AfterAll
    void close() throws Exception {
        database.close();
    }

    /**
     * The floor, the one-round-trip limit, MyBatis's flat rows and jOOQ's flat joins are measured against the
     * registrars: same answers.
     */
    @ParameterizedTest
    @EnumSource(Implementation.class)
    void shouldReturnWhatTheRegistrarReturnsForEveryRead(Implementation approach) {
        var data = database.data();
        try (var workload = approach.open(database.dataSource())) {
            for (long id = 1; id <= data.students(); id += 97) {
                assertThat(workload.findStudent(id)).isEqualTo(registrar.findStudent(id));
                assertThat(workload.classmatesOf(id)).isEqualTo(registrar.classmatesOf(id));
                assertThat(workload.listStudents(id, SchoolData.PAGE))
                        .hasSize(SchoolData.PAGE)
                        .isEqualTo(registrar.listStudents(id, SchoolData.PAGE));
            }
            for (long course = 1; course <= data.courses(); course += 7) {
                String name = SchoolData.courseName(course);
                assertThat(workload.studentsIn(name)).isEqualTo(registrar.studentsIn(name));
                assertThat(workload.findCourse(course)).isEqualTo(registrar.findCourse(course));
            }
            assertThat(workload.courseStats()).hasSize(data.courses()).isEqualTo(registrar.courseStats());
        }
    }

    /**
     * Every other way to the benchmarked page (the N+1s, Spring Data's Pageables) loads the registrar's page:
     * the same students, each with the same courses in the same order.
     */
    @ParameterizedTest
    @EnumSource(NaiveLoading.class)
    void shouldLoadTheBenchmarkedPageLikeTheRegistrar(NaiveLoading loading) {
        long afterId = database.data().pageAfter();
        var loader = loading.open(database.dataSource());
        try {
            assertThat(loader.page().load(afterId, SchoolData.PAGE))
                    .hasSize(SchoolData.PAGE)
                    .isEqualTo(registrar.listStudents(afterId, SchoolData.PAGE));
        } finally {
            loader.close().run();
        }
    }

    /** Every delete benchmark's invocation leaves the school as it found it, through every approach. */
    @ParameterizedTest
    @EnumSource(Implementation.class)
    void shouldPutBackWhatEachDeleteInvocationTookAway(Implementation approach) throws Exception {
        try (var workload = approach.open(database.dataSource())) {
            var trial = Trial.over(approach, Size.S_1K, Db.H2, database, workload);
            var deletes = new DeleteBenchmarks();
            deletes.course = CourseProbe.C_100;
            deletes.student = StudentProbe.COURSES_9;
            deletes.remember(trial);

            deletes.deleteCourse(trial);
            assertThat(registrar.classmatesOf(ClassmatesProbe.ABOUT_100.id())).isEmpty();
            deletes.restore(trial);
            deletes.deleteStudent(trial);
            deletes.restore(trial);

            try (var connection = database.dataSource().getConnection()) {
                assertThat(database.data().isHeldBy(connection)).isTrue();
            }
            assertThat(registrar.findStudent(StudentProbe.COURSES_9.id()).courses()).hasSize(9);
        }
    }

    /**
     * The grade benchmark, through every approach: it changes the grade of one link at each call, and leaves
     * the student's other links (their grades and enrolment times) as they were.
     */
    @ParameterizedTest
    @EnumSource(Implementation.class)
    void shouldGradeOneLinkAtEachCallAndKeepTheStudentsOtherLinks(Implementation approach) {
        var student = StudentProbe.COURSES_9;
        var before = transcripts.transcriptOf(student.id());
        try (var workload = approach.open(database.dataSource())) {
            var trial = Trial.over(approach, Size.S_1K, Db.H2, database, workload);
            var grades = new GradeBenchmarks();
            grades.student = student;
            grades.pick(trial);
            long graded = database.data().coursesOf(student.id()).get(0);

            var first = grades.grade(trial);
            var afterFirst = transcripts.transcriptOf(student.id());
            var second = grades.grade(trial);
            var afterSecond = transcripts.transcriptOf(student.id());

            assertThat(first).isNotEqualTo(second);
            assertThat(afterFirst).filteredOn(link -> link.course().id() == graded).singleElement()
                    .satisfies(link -> assertThat(link.grade()).isEqualTo(first));
            assertThat(afterSecond).filteredOn(link -> link.course().id() == graded).singleElement()
                    .satisfies(link -> assertThat(link.grade()).isEqualTo(second));
            assertThat(afterSecond).hasSize(9)
                    .filteredOn(link -> link.course().id() != graded)
                    .containsExactlyElementsOf(before.stream().filter(link -> link.course().id() != graded).toList());
        }
    }

    @Test
    void shouldEnrollAndDropLikeTheRegistrar() {
        long idle = database.data().idleStudentIds().get(0);

        floor.enrollAll(idle, List.of(1L, 2L, 3L));
        var enrolled = registrar.findStudent(idle).courses();
        floor.drop(idle, 2L);

        assertThat(enrolled).hasSize(3);
        assertThat(registrar.findStudent(idle).courses()).extracting(course -> course.id()).containsExactly(1L, 3L);
        floor.drop(idle, 1L);
        floor.drop(idle, 3L);
        assertThat(registrar.findStudent(idle).courses()).isEmpty();
    }
}
