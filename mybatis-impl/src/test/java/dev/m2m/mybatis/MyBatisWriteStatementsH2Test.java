package dev.m2m.mybatis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.m2m.contract.RecordedRegistrarFixture;
import dev.m2m.contract.StatementRecorder.Recorded;
import dev.m2m.core.Grade;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What MyBatis's writes send: the statements of the mapper XML, one each, and the links of an enrolment in
 * one JDBC batch, queued by the BATCH session and sent by its flush; a delete leaves the links to the
 * cascade.
 */
class MyBatisWriteStatementsH2Test extends RecordedRegistrarFixture {

    MyBatisWriteStatementsH2Test() {
        super(MyBatisRegistrar::create);
    }

    @Test
    void shouldLockTheStudentAndTheCoursesThenInsertTheLinksInOneBatch() {
        var student = registrar.addStudent("Kim");
        var history = registrar.addCourse("History", 10);
        var music = registrar.addCourse("Music", 10);
        statements.reset();

        registrar.enrollAll(student.id(), List.of(music.id(), history.id()));

        assertThat(statements.statements()).extracting(Recorded::shape)
                .containsExactly("select student ... for update", "select course ... for update", "select enrollment",
                        "insert into enrollment x2");
    }

    @Test
    void shouldGradeAndDropALinkInOneStatementEach() {
        var student = registrar.addStudent("Kim");
        var course = registrar.addCourse("History", 10);
        registrar.enroll(student.id(), course.id());
        statements.reset();

        registrar.grade(student.id(), course.id(), new Grade(90));
        registrar.drop(student.id(), course.id());

        assertThat(statements.statements()).extracting(Recorded::shape)
                .containsExactly("update enrollment set", "delete from enrollment");
    }

    @Test
    void shouldDeleteAStudentInOneStatementLeavingTheLinksToTheCascade() {
        var student = registrar.addStudent("Kim");
        var course = registrar.addCourse("History", 10);
        registrar.enroll(student.id(), course.id());
        statements.reset();

        registrar.deleteStudent(student.id());

        assertThat(statements.statements()).extracting(Recorded::shape).containsExactly("delete from student");
        assertThat(registrar.findCourse(course.id()).students()).isEmpty();
    }
}
