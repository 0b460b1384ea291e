package dev.m2m.springdatajpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.m2m.contract.RecordedRegistrarFixture;
import dev.m2m.contract.StatementRecorder.Recorded;
import dev.m2m.core.SchoolImport;
import dev.m2m.core.SchoolImport.Link;
import dev.m2m.core.SchoolImport.NewCourse;
import dev.m2m.core.Student;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the repositories send for the writes that touch many links: the same statements as jpa-impl's, in
 * the same order, whatever the number of links. The {@code @Lock} of the repositories shows as
 * {@code for update}.
 */
class SpringDataJpaWriteStatementsH2Test extends RecordedRegistrarFixture {

    SpringDataJpaWriteStatementsH2Test() {
        super(SpringDataJpaRegistrar::create);
    }

    @Test
    void shouldLockTheStudentAndTheCoursesBeforeCountingTheSeatsThenInsertTheLinksInOneBatch() {
        var student = registrar.addStudent("Kim");
        var courseIds = new ArrayList<Long>();
        for (int c = 0; c < 8; c++) {
            courseIds.add(registrar.addCourse("Course " + c, 10).id());
        }
        statements.reset();

        registrar.enrollAll(student.id(), courseIds);

        // findLockedById; findLockedByIdInOrderById under @Lock; countSeats; the student's courses; the 8 links
        assertThat(statements.statements()).extracting(Recorded::shape).containsExactly(
                "select student ... for update", "select course ... for update", "select course join enrollment",
                "select enrollment join course", "insert into enrollment x8");
        assertThat(registrar.coursesOf(student.id())).hasSize(8);
    }

    @Test
    void shouldDeleteACourseOfManyStudentsWithAFixedNumberOfStatements() {
        var course = registrar.addCourse("History", 100);
        var students = new ArrayList<Student>();
        for (int s = 0; s < 8; s++) {
            students.add(registrar.addStudent("Student " + s));
            registrar.enroll(students.get(s).id(), course.id());
        }
        statements.reset();

        registrar.deleteCourse(course.id());

        // the course, locked; its links, in one @Modifying bulk delete; the course. No student is loaded.
        assertThat(statements.statements()).extracting(Recorded::shape).containsExactly(
                "select course ... for update", "delete from enrollment", "delete from course x1");
        assertThat(registrar.studentsWithoutCourses()).containsExactlyInAnyOrderElementsOf(students);
    }

    // tag::save-all[]
    @Test
    void shouldInsertEachStudentAndCourseAloneWithIdentityIdsAndOnlyTheLinksInBatches() {
        statements.reset();

        registrar.importSchool(new SchoolImport(List.of("Kim", "Lou", "Max"),
                List.of(new NewCourse("Art", 5), new NewCourse("Biology", 5)),
                List.of(new Link(0, 0), new Link(0, 1), new Link(1, 0), new Link(2, 1))));

        // saveAll is a loop of save: each IDENTITY insert runs at once, to learn its id
        assertThat(statements.statements()).extracting(Recorded::shape).containsExactly(
                "insert into course", "insert into course", "select course",
                "insert into student", "insert into student", "insert into student",
                "insert into enrollment x4");
    }
    // end::save-all[]
}
