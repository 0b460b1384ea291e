package dev.m2m.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.m2m.contract.RecordedRegistrarFixture;
import dev.m2m.contract.StatementRecorder.Recorded;
import dev.m2m.contract.TestDatabase;
import dev.m2m.core.Course;
import dev.m2m.core.Student;
import dev.m2m.jpa.mapping.CourseEntity;
import dev.m2m.jpa.mapping.StudentEntity;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/**
 * What Hibernate sends for the writes that touch many links: a bounded number of statements,
 * whatever the number of links, thanks to counting instead of loading, batch fetching and JDBC
 * batching.
 */
class JpaWriteStatementsH2Test extends RecordedRegistrarFixture {

    JpaWriteStatementsH2Test() {
        super(JpaRegistrar::create);
    }

    @Test
    void shouldEnrollInManyCoursesWithAFixedNumberOfStatements() {
        var student = registrar.addStudent("Kim");
        var courseIds = new ArrayList<Long>();
        for (int c = 0; c < 8; c++) {
            courseIds.add(registrar.addCourse("Course " + c, 10).id());
        }
        statements.reset();

        registrar.enrollAll(student.id(), courseIds);

        // the student, locked; the 8 courses, locked; their students counted, never loaded; the student's
        // courses; then the 8 links in one JDBC batch
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

        // the course, locked; its links, in one bulk delete; the course. No student is loaded.
        assertThat(statements.statements()).extracting(Recorded::shape).containsExactly(
                "select course ... for update", "delete from enrollment", "delete from course x1");
        assertThat(registrar.studentsWithoutCourses()).containsExactlyInAnyOrderElementsOf(students);
    }

    // tag::set-removal[]
    @Test
    void shouldDeleteExactlyOneRowWhenOneCourseLeavesTheSet() {
        // given a student with three courses, loaded into the owning Set
        var student = registrar.addStudent("Kim");
        var courseIds = new ArrayList<Long>();
        for (int c = 0; c < 3; c++) {
            courseIds.add(registrar.addCourse("Course " + c, 10).id());
        }
        registrar.enrollAll(student.id(), courseIds);
        try (var factory = HibernateSetup.entityManagerFactory(statements.wrap(TestDatabase.H2.dataSource()))) {
            InTransaction.run(factory, em -> {
                var kim = em.find(StudentEntity.class, student.id());
                var leaving = em.find(CourseEntity.class, courseIds.get(1));
                assertThat(kim.getCourses()).hasSize(3);
                statements.reset();

                // when one course is removed through the helper and the change flushed
                kim.drop(leaving);
                em.flush();
            });
        }

        // then one DELETE of that one row; a bag would delete all three and insert two back
        assertThat(statements.statements()).extracting(Recorded::shape)
                .containsExactly("delete from enrollment x1");
        assertThat(statements.statements().get(0).sql().get(0)).endsWith("where student_id=? and course_id=?");
        assertThat(registrar.coursesOf(student.id())).extracting(Course::id)
                .containsExactlyInAnyOrder(courseIds.get(0), courseIds.get(2));
    }
    // end::set-removal[]
}
