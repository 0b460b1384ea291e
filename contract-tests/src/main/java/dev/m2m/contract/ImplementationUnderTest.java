package dev.m2m.contract;

import dev.m2m.core.Registrar;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * What the contract needs to know of an implementation: how to build it on a {@link DataSource},
 * and how many statements each read sends (exactly, whatever the data size).
 *
 * @param name              shown in failure messages
 * @param factory           builds the registrar on the (statement-counting) data source; the contract
 *                          closes it after the test class
 * @param statementsPerRead one entry for every {@link ReadOperation}
 */
public record ImplementationUnderTest(
        String name,
        Function<DataSource, Registrar> factory,
        Map<ReadOperation, Integer> statementsPerRead) {

    public ImplementationUnderTest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(factory, "factory");
        statementsPerRead = new EnumMap<>(statementsPerRead);
        for (ReadOperation operation : ReadOperation.values()) {
            if (!statementsPerRead.containsKey(operation)) {
                throw new IllegalArgumentException(name + " does not state its statement count for " + operation);
            }
        }
    }

    public int statementsFor(ReadOperation operation) {
        return statementsPerRead.get(operation);
    }
}
