package dev.m2m.jooq.showcase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.m2m.contract.SampleSchool;
import dev.m2m.contract.StatementRecorder;
import dev.m2m.contract.TestDatabase;
import dev.m2m.core.Registrar;
import dev.m2m.core.Student;
import dev.m2m.jooq.JooqRegistrar;
import java.util.ArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The flat joins give the registrar's MULTISET answers, in one statement each, on both databases: only the
 * shape of what travels differs (one row per link, the parent's columns repeated, against one row per parent
 * with its children nested).
 */
class FlatJoinReadsTest {

    private final StatementRecorder statements = new StatementRecorder();
    private Registrar registrar;
    private FlatJoinReads flat;
    private SampleSchool school;

    void open(TestDatabase database) {
        database.clean(database.dataSource());
        var counted = statements.wrap(database.dataSource());
        registrar = JooqRegistrar.create(counted);
        flat = new FlatJoinReads(counted);
        // 12 students of 3 courses each among 5 courses, and 2 students of none
        school = SampleSchool.create(registrar, 12, 5, 3);
    }

    @AfterEach
    void close() {
        if (registrar != null) {
            registrar.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldFindEveryStudentAsTheMultisetDoesInOneStatement(TestDatabase database) {
        open(database);
        var everyone = new ArrayList<Student>(school.enrolled());
        everyone.addAll(school.withoutCourses());
        for (Student student : everyone) {
            statements.reset();
            var found = flat.findStudent(student.id());
            assertThat(statements.statements()).hasSize(1);
            assertThat(found).contains(registrar.findStudent(student.id()));
        }
        assertThat(flat.findStudent(school.withoutCourses().get(0).id()).orElseThrow().courses()).isEmpty();
        assertThat(flat.findStudent(-1)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldFindEveryCourseAsTheMultisetDoes(TestDatabase database) {
        open(database);
        var empty = registrar.addCourse("Nobody's course", 5);
        for (var course : school.courses()) {
            statements.reset();
            var found = flat.findCourse(course.id());
            assertThat(statements.statements()).hasSize(1);
            assertThat(found).contains(registrar.findCourse(course.id()));
        }
        assertThat(flat.findCourse(empty.id()).orElseThrow().students()).isEmpty();
        assertThat(flat.findCourse(-1)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldPageLikeTheMultisetCountingStudentsNotRows(TestDatabase database) {
        open(database);
        long after = 0;
        int pages = 0;
        while (true) {
            statements.reset();
            var page = flat.listStudents(after, 5);
            assertThat(statements.statements()).hasSize(1);
            assertThat(page).isEqualTo(registrar.listStudents(after, 5));
            if (page.isEmpty()) {
                break;
            }
            assertThat(page).hasSizeLessThanOrEqualTo(5);
            after = page.get(page.size() - 1).student().id();
            pages++;
        }
        // 14 students in pages of 5 students (not of 5 rows: each enrolled student is 3 rows)
        assertThat(pages).isEqualTo(3);
    }
}
