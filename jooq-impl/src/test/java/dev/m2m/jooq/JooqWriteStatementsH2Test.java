package dev.m2m.jooq;

import static org.assertj.core.api.Assertions.assertThat;

import dev.m2m.contract.StatementRecorder;
import dev.m2m.contract.StatementRecorder.Recorded;
import dev.m2m.contract.TestDatabase;
import dev.m2m.core.Registrar;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What jOOQ's writes send: Spring JDBC's statements, rendered from Java. The links of an enrolment go as
 * one JDBC batch of one statement bound per link; a delete leaves the links to the cascade.
 */
class JooqWriteStatementsH2Test {

    private final StatementRecorder statements = new StatementRecorder();
    private Registrar registrar;

    @BeforeEach
    void startFromAnEmptySchema() {
        var database = TestDatabase.H2;
        database.clean(database.dataSource());
        registrar = JooqRegistrar.create(statements.wrap(database.dataSource()));
    }

    @AfterEach
    void close() {
        registrar.close();
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
