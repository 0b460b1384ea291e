package dev.m2m.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.m2m.contract.RecordedRegistrarFixture;
import dev.m2m.contract.StatementRecorder.Recorded;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What Spring JDBC's writes send: a fixed number of statements, the cascade doing the rest. (That
 * enrollAll's links go in one JDBC batch is part of the contract, for every approach.)
 */
class JdbcWriteStatementsH2Test extends RecordedRegistrarFixture {

    JdbcWriteStatementsH2Test() {
        super(JdbcRegistrar::create);
    }

    @Test
    void shouldSendTheSameFourStatementsForOneEnrolment() {
        var student = registrar.addStudent("Kim");
        var course = registrar.addCourse("History", 10);
        statements.reset();

        registrar.enroll(student.id(), course.id());

        assertThat(statements.statements()).extracting(s -> s.sql().get(0).strip().split("\\s+")[0])
                .containsExactly("SELECT", "SELECT", "SELECT", "INSERT");
        assertThat(statements.statements().get(1).sql().get(0)).contains("FOR UPDATE");
    }

    @Test
    void shouldDeleteAStudentInOneStatementLeavingTheLinksToTheCascade() {
        var student = registrar.addStudent("Kim");
        var course = registrar.addCourse("History", 10);
        registrar.enroll(student.id(), course.id());
        statements.reset();

        registrar.deleteStudent(student.id());

        assertThat(statements.statements()).extracting(Recorded::sql)
                .containsExactly(List.of("DELETE FROM student WHERE id = ?"));
        assertThat(registrar.findCourse(course.id()).students()).isEmpty();
    }
}
