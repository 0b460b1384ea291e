package dev.m2m.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.m2m.core.DatabaseFailureException;
import dev.m2m.core.RegistrarException;
import dev.m2m.core.Student;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Connections go back to the pool on every path, failures included. (After every contract test,
 * {@link RegistrarContract} also asserts that the pool lends out no connection.)
 */
public interface ResourceContract extends ContractFixture {

    @Test
    default void shouldGiveBackTheConnectionOfEveryFailedCall() {
        // given a seminar that is full, and more failing calls of each kind than the pool has connections
        var registrar = registrar();
        var seminar = registrar.addCourse("Seminar", 1);
        var taken = registrar.addStudent("First");
        var late = registrar.addStudent("Late");
        registrar.enroll(taken.id(), seminar.id());
        List<Runnable> failingCalls = List.of(
                () -> registrar.addCourse("Seminar", 5),          // unique constraint, in the database
                () -> registrar.enroll(late.id(), seminar.id()),  // full course
                () -> registrar.enroll(taken.id(), seminar.id()), // already enrolled
                () -> registrar.drop(late.id(), seminar.id()),    // no such link
                () -> registrar.findStudent(Long.MAX_VALUE),      // no such student
                () -> registrar.studentsIn("Nothing"));           // no such course

        // when
        for (int round = 0; round < TestDatabase.POOL_SIZE + 2; round++) {
            for (Runnable call : failingCalls) {
                assertThat(catchThrowable(call::run)).isInstanceOf(RegistrarException.class);
                assertThat(pool().getHikariPoolMXBean().getActiveConnections()).isZero();
            }
        }

        // then the pool still serves a normal call
        assertThat(registrar.studentsIn("Seminar")).containsExactly(taken);
    }

    @Test
    default void shouldRecoverWhenTheDatabaseKillsEveryConnection() throws SQLException {
        // given a full pool (HikariCP opens every connection up front), whose connections the database kills
        var registrar = registrar();
        registrar.courseStats();
        int killed = database().killOtherConnections(pool());

        // when the registrar is used again, as many times as the pool has connections and once more
        var added = new ArrayList<Student>();
        int failed = 0;
        for (int i = 0; i <= TestDatabase.POOL_SIZE; i++) {
            Throwable failure = catchThrowable(() -> added.add(registrar.addStudent("Survivor")));
            if (failure != null) {
                // a dead connection is a database failure, never a raw exception, and the pool drops it
                assertThat(failure).isInstanceOf(DatabaseFailureException.class);
                failed++;
            }
        }

        // then the pool replaced the dead connections, and the failed calls wrote nothing
        assertThat(killed).as("connections killed").isPositive();
        assertThat(added).as("calls that worked after %d failed", failed).isNotEmpty();
        assertThat(registrar.listStudents(0, 100)).hasSize(added.size());
        assertThat(pool().getHikariPoolMXBean().getActiveConnections()).isZero();
    }
}
