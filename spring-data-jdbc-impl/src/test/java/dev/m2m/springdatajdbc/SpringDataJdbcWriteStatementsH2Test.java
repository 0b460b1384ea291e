package dev.m2m.springdatajdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.m2m.contract.RecordedRegistrarFixture;
import dev.m2m.contract.StatementRecorder.Recorded;
import dev.m2m.core.Grade;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/**
 * What a save of the student aggregate sends: every link written again, whatever changed. A grade of one
 * link of eight costs a delete of all eight and an insert of all eight.
 */
class SpringDataJdbcWriteStatementsH2Test extends RecordedRegistrarFixture {

    SpringDataJdbcWriteStatementsH2Test() {
        super(SpringDataJdbcRegistrar::create);
    }

    // tag::grade-one-link[]
    @Test
    void shouldWriteEveryLinkOfTheStudentAgainToGradeOne() {
        var student = registrar.addStudent("Kim");
        var courseIds = new ArrayList<Long>();
        for (int c = 0; c < 8; c++) {
            courseIds.add(registrar.addCourse("Course " + c, 10).id());
        }
        registrar.enrollAll(student.id(), courseIds);
        statements.reset();

        registrar.grade(student.id(), courseIds.get(3), Grade.of(80));

        // the student locked and its 8 links read; their 8 courses locked; the student's row updated; its 8
        // links deleted and inserted again, one graded
        assertThat(statements.statements()).extracting(Recorded::shape).containsExactly(
                "select student ... for update", "select enrollment", "select course ... for update",
                "update student set", "delete from enrollment", "insert into enrollment x8");
    }
    // end::grade-one-link[]

    @Test
    void shouldDeleteACourseInTwoStatementsLeavingItsLinksToTheSchemasCascade() {
        var course = registrar.addCourse("History", 100);
        for (int s = 0; s < 8; s++) {
            registrar.enroll(registrar.addStudent("Student " + s).id(), course.id());
        }
        statements.reset();

        registrar.deleteCourse(course.id());

        assertThat(statements.statements()).extracting(Recorded::shape).containsExactly(
                "select course ... for update", "delete from course");
        assertThat(registrar.studentsWithoutCourses()).hasSize(8);
    }
}
