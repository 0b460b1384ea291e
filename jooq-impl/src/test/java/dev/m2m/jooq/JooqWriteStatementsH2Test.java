package dev.m2m.jooq;

import static org.assertj.core.api.Assertions.assertThat;

import dev.m2m.contract.RecordedRegistrarFixture;
import dev.m2m.contract.StatementRecorder.Recorded;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What jOOQ's writes send: Spring JDBC's statements, rendered from Java. The links of an enrolment go as
 * one JDBC batch of one statement bound per link; a delete leaves the links to the cascade.
 */
class JooqWriteStatementsH2Test extends RecordedRegistrarFixture {

    JooqWriteStatementsH2Test() {
        super(JooqRegistrar::create);
    }

    @Test
    void shouldLockTheStudentAndTheCoursesThenInsertTheLinksInOneBatch() {
        var student = registrar.addStudent("Kim");
        var history = registrar.addCourse("History", 10);
        var music = registrar.addCourse("Music", 10);
        statements.reset();

        registrar.enrollAll(student.id(), List.of(music.id(), history.id()));

        var sent = statements.statements();
        assertThat(sent).extracting(Recorded::shape)
                .containsExactly("select student ... for update", "select course ... for update", "select enrollment",
                        "insert into enrollment x2");
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
