package dev.m2m.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.m2m.core.DatabaseFailureException;
import dev.m2m.core.Grade;
import dev.m2m.core.Registrar;
import dev.m2m.core.RegistrarException;
import dev.m2m.core.SchoolImport;
import dev.m2m.core.Student;
import java.lang.reflect.Method;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
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
        try {
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

            // then the pool replaced the dead connections it lent, and the failed calls wrote nothing
            assertThat(killed).as("connections killed").isPositive();
            assertThat(added).as("calls that worked after %d failed", failed).isNotEmpty();
            assertThat(registrar.listStudents(0, 100)).hasSize(added.size());
            assertThat(pool().getHikariPoolMXBean().getActiveConnections()).isZero();
        } finally {
            // The loop reuses the connections it was lent, so others may still be dead in the pool. Replace them
            // all, or the next test's threads, borrowing within HikariCP's 500 ms without a liveness check, meet them.
            pool().getHikariPoolMXBean().softEvictConnections();
        }
    }

    @Test
    default void shouldRefuseEveryCallOnceClosedWithoutSendingAStatement() {
        // given a stored link, and a second registrar of the same implementation, closed (twice: harmless)
        var alice = registrar().addStudent("Alice");
        var physics = registrar().addCourse("Physics", 5);
        registrar().enroll(alice.id(), physics.id());
        Registrar closed = implementation().factory().apply(statements().wrap(pool()));
        closed.close();
        closed.close();
        var before = DatabaseSnapshot.of(pool());
        statements().reset();

        // when every operation is called on it, then each is refused alike
        Map<String, Consumer<Registrar>> calls = everyOperation(alice.id(), physics.id());
        assertThat(calls.keySet()).as("every operation of Registrar is called")
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(Registrar.class.getMethods())
                        .map(Method::getName).filter(name -> !name.equals("close")).collect(Collectors.toSet()));
        calls.forEach((name, call) -> assertThat(catchThrowable(() -> call.accept(closed))).as(name)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("registrar is closed"));
        assertThat(statements().count()).as("statements sent by the closed registrar").isZero();
        assertThat(DatabaseSnapshot.of(pool())).isEqualTo(before);
        assertThat(registrar().studentsIn("Physics")).as("the open registrar still works").containsExactly(alice);
    }

    /** Every operation of {@link Registrar}, by name, with valid arguments. */
    private static Map<String, Consumer<Registrar>> everyOperation(long student, long course) {
        return Map.ofEntries(
                Map.entry("addStudent", r -> r.addStudent("Bob")),
                Map.entry("addCourse", r -> r.addCourse("Chemistry", 5)),
                Map.entry("importSchool", r -> r.importSchool(new SchoolImport(List.of("Bob"), List.of(), List.of()))),
                Map.entry("enroll", r -> r.enroll(student, course)),
                Map.entry("enrollAll", r -> r.enrollAll(student, List.of(course))),
                Map.entry("drop", r -> r.drop(student, course)),
                Map.entry("deleteStudent", r -> r.deleteStudent(student)),
                Map.entry("deleteCourse", r -> r.deleteCourse(course)),
                Map.entry("grade", r -> r.grade(student, course, Grade.of(90))),
                Map.entry("studentsIn", r -> r.studentsIn("Physics")),
                Map.entry("coursesOf", r -> r.coursesOf(student)),
                Map.entry("findStudent", r -> r.findStudent(student)),
                Map.entry("findCourse", r -> r.findCourse(course)),
                Map.entry("listStudents", r -> r.listStudents(0, 10)),
                Map.entry("courseStats", Registrar::courseStats),
                Map.entry("classmatesOf", r -> r.classmatesOf(student)),
                Map.entry("studentsWithoutCourses", Registrar::studentsWithoutCourses),
                Map.entry("transcriptOf", r -> r.transcriptOf(student)),
                Map.entry("rosterOf", r -> r.rosterOf(course)),
                Map.entry("gradedAtLeast", r -> r.gradedAtLeast(course, Grade.of(50))));
    }
}
