package dev.m2m.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariDataSource;
import dev.m2m.core.Registrar;
import dev.m2m.core.RegistrarException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * What the parts of the contract share: the registrar under test and the database beneath it.
 * {@link RegistrarContract} provides them; the contract's themes ({@link ConcurrencyContract},
 * {@link ResourceContract}, {@link ModelContract}) are test interfaces it implements, so each
 * implementation still writes one tiny class per database.
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
}
