package dev.m2m.contract;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A randomized model test: a long, seeded sequence of operations (adds, enrolments, drops, grades,
 * deletes, every read, and some bad input) run against the registrar and against {@link RegistrarModel}; each
 * result or exception is compared as it comes.
 *
 * <p>The seed is in the test's name. Every operation is checked as it runs, so the first mismatch
 * ends the shortest failing prefix of the sequence; the failure message gives the command that
 * replays exactly that prefix, and the whole prefix is written to {@code target/model-test/}.
 * {@code -Dm2m.model.seed=...} picks another seed, {@code -Dm2m.model.operations=...} another length.
 */
public interface ModelContract extends ContractFixture {

    long DEFAULT_SEED = 20261125L;
    int DEFAULT_OPERATIONS = 10_000;

    static Stream<Arguments> seedAndLength() {
        return Stream.of(Arguments.of(
                Long.getLong("m2m.model.seed", DEFAULT_SEED),
                Integer.getInteger("m2m.model.operations", DEFAULT_OPERATIONS)));
    }

    @ParameterizedTest(name = "seed {0}, {1} operations")
    @MethodSource("dev.m2m.contract.ModelContract#seedAndLength")
    default void shouldAgreeWithTheModelOnEveryOperationOfARandomSequence(long seed, int operations) {
        var model = new RegistrarModel();
        var generator = new OperationGenerator(new Random(seed), model);
        var done = new ArrayList<String>();
        for (int step = 0; step < operations; step++) {
            var operation = generator.next();
            done.add(operation.description());
            // the registrar first: an add tells the model which id the database gave
            Object[] returned = new Object[1];
            String actual = outcome(() -> returned[0] = operation.onRegistrar().apply(registrar()));
            String expected = outcome(() -> operation.onModel().apply(model, returned[0]));
            if (!Objects.equals(expected, actual)) {
                fail(report(seed, done, expected, actual));
            }
        }
    }

    private static String outcome(Supplier<Object> call) {
        try {
            return "returned " + call.get();
        } catch (RuntimeException e) {
            return "threw " + e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private String report(long seed, List<String> done, String expected, String actual) {
        var file = Path.of("target", "model-test",
                implementation().name().replaceAll("\\W+", "-") + "-" + database() + "-seed-" + seed + ".txt");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, done);
        } catch (IOException e) {
            // the message below still carries the seed and the tail of the prefix
        }
        int from = Math.max(0, done.size() - 25);
        return """
                %s on %s disagrees with the model at operation %d of seed %d.
                  operation: %s
                  expected:  %s
                  actual:    %s
                The shortest failing prefix is operations 1 to %d (each operation is checked as it runs).
                Replay it with: -Dm2m.model.seed=%d -Dm2m.model.operations=%d
                Whole prefix in %s; its last operations:
                  %s"""
                .formatted(implementation().name(), database(), done.size(), seed, done.get(done.size() - 1),
                        expected, actual, done.size(), seed, done.size(), file.toAbsolutePath(),
                        String.join("\n  ", done.subList(from, done.size())));
    }
}
