package dev.m2m.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The policy every approach gets from {@link CheckedRegistrar}, on a stand-in registrar that records what
 * reaches it and throws what it is told to. The contract tests hold each real approach to the same.
 */
class CheckedRegistrarTest {

    /** What the stand-in approach names as its technology's report of a failed database call. */
    private static final class TechnologyException extends RuntimeException {
        TechnologyException(String message) {
            super(message);
        }
    }

    private final List<String> reached = new ArrayList<>();
    private final List<Object[]> arguments = new ArrayList<>();
    private RuntimeException toThrow;

    private final Registrar checked = CheckedRegistrar.of((Registrar) Proxy.newProxyInstance(
            Registrar.class.getClassLoader(), new Class<?>[] {Registrar.class}, (proxy, method, args) -> {
                reached.add(method.getName());
                arguments.add(args);
                if (toThrow != null && !method.getName().equals("close")) {
                    throw toThrow;
                }
                return method.getReturnType() == List.class ? List.of() : null;
            }), TechnologyException.class::isInstance);

    @Test
    void shouldRejectBadArgumentsBeforeTheApproachIsReached() {
        assertThat(catchThrowable(() -> checked.enroll(0, 1))).isInstanceOf(InvalidArgumentException.class);
        assertThat(catchThrowable(() -> checked.addStudent(" "))).isInstanceOf(InvalidArgumentException.class);
        assertThat(reached).isEmpty();
    }

    @Test
    void shouldPassOnACopyOfTheIdsItCheckedToEnrollAll() {
        var ids = new ArrayList<>(List.of(3L, 2L));

        checked.enrollAll(1, ids);
        ids.clear();

        assertThat(reached).containsExactly("enrollAll");
        assertThat(arguments.get(0)).containsExactly(1L, List.of(3L, 2L));
    }

    @Test
    void shouldLetDomainExceptionsPassAsTheyAre() {
        toThrow = NotFoundException.student(7);

        assertThat(catchThrowable(() -> checked.findStudent(7))).isSameAs(toThrow);
    }

    @Test
    void shouldMakeTheTechnologysExceptionsADatabaseFailureNamingTheOperation() {
        toThrow = new TechnologyException("connection reset");

        assertThat(catchThrowable(() -> checked.transcriptOf(7)))
                .isInstanceOf(DatabaseFailureException.class)
                .hasMessage("transcriptOf failed in the database: connection reset")
                .hasCause(toThrow);
    }

    @Test
    void shouldLetABugPassAsItIsRatherThanPoseAsADatabaseFailure() {
        toThrow = new NullPointerException("a bug in the approach");

        assertThat(catchThrowable(() -> checked.transcriptOf(7))).isSameAs(toThrow);
    }

    @Test
    void shouldRefuseEveryCallOnceClosedAndCloseTheApproachOnce() {
        checked.close();
        checked.close();

        assertThat(catchThrowable(() -> checked.courseStats()))
                .isInstanceOf(IllegalStateException.class).hasMessage("registrar is closed");
        assertThat(catchThrowable(() -> checked.addStudent(" ")))
                .as("arguments still checked first").isInstanceOf(InvalidArgumentException.class);
        assertThat(reached).containsExactly("close");
    }
}
