package dev.m2m.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariDataSource;
import dev.m2m.core.Course;
import dev.m2m.core.Registrar;
import dev.m2m.core.RegistrarException;
import dev.m2m.core.Student;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * What the parts of the contract share: the registrar under test, the database beneath it, the seed
 * article's school and the assertions every theme uses. {@link RegistrarContract} provides them; the
 * contract's themes ({@link ReadContract}, {@link WriteContract}, {@link FailureContract} and the others it
 * lists) are test interfaces it implements, so each implementation still writes one tiny class per database.
 */
public interface ContractFixture {

    /** The registrar under test, on the statement-counting proxy of {@link #pool()}. */
    Registrar registrar();

    TestDatabase database();

    /** The pool beneath the registrar, for snapshots and counters that must bypass it. */
    HikariDataSource pool();

    ImplementationUnderTest implementation();

    /** What the registrar sent since the test began (or the last reset). */
    StatementRecorder statements();

    /** An id no student has: one that existed and was deleted. */
    default long unknownStudentId() {
        var ghost = registrar().addStudent("Ghost");
        registrar().deleteStudent(ghost.id());
        return ghost.id();
    }

    /** An id no course has: one that existed and was deleted. */
    default long unknownCourseId() {
        var ghost = registrar().addCourse("Ghost course", 1);
        registrar().deleteCourse(ghost.id());
        return ghost.id();
    }

    /**
     * Asserts that the call fails with {@code type} and a message containing {@code problem}, and that
     * the database is exactly as it was before: a failed call writes nothing.
     */
    default <E extends RegistrarException> E assertFailsWritingNothing(
            ThrowingCallable call, Class<E> type, String problem) {
        var before = DatabaseSnapshot.of(pool());

        Throwable thrown = catchThrowable(call);

        assertThat(thrown).as(implementation().name()).isInstanceOf(type).hasMessageContaining(problem);
        assertThat(DatabaseSnapshot.of(pool())).as("database after the failed call").isEqualTo(before);
        return type.cast(thrown);
    }

    /** The seed article's school. */
    record Seed(Student alice, Student bob, Course mathematics, Course physics) {
    }

    // tag::seed[]
    /** Alice takes Mathematics (one enroll); Bob takes both (one enrollAll, SQLAlchemy's extend). */
    default Seed seed() {
        var alice = registrar().addStudent("Alice");
        var bob = registrar().addStudent("Bob");
        var mathematics = registrar().addCourse("Mathematics", 30);
        var physics = registrar().addCourse("Physics", 30);
        registrar().enroll(alice.id(), mathematics.id());
        registrar().enrollAll(bob.id(), List.of(mathematics.id(), physics.id()));
        return new Seed(alice, bob, mathematics, physics);
    }
    // end::seed[]

    /** Asserts that the call succeeds and leaves the database exactly as it was. */
    default void assertWritesNothing(ThrowingCallable call) {
        var before = DatabaseSnapshot.of(pool());
        try {
            call.call();
        } catch (Throwable e) {
            throw new AssertionError("expected no failure, got " + e, e);
        }
        assertThat(DatabaseSnapshot.of(pool())).isEqualTo(before);
    }
}
