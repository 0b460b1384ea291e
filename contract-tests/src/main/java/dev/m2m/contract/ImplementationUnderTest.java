package dev.m2m.contract;

import dev.m2m.core.Registrar;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * What the contract needs to know of an implementation: how to build it on a {@link DataSource},
 * and how many statements each read and each write that touches many links sends (exactly, whatever
 * the data size).
 *
 * @param name               shown in failure messages
 * @param factory            builds the registrar on the (statement-counting) data source; the contract
 *                           closes it after the test class
 * @param statementsPerRead  one entry for every {@link ReadOperation}
 * @param statementsPerWrite one entry for every {@link WriteOperation}
 */
public record ImplementationUnderTest(
        String name,
        Function<DataSource, Registrar> factory,
        Map<ReadOperation, Integer> statementsPerRead,
        Map<WriteOperation, Integer> statementsPerWrite) {

    public ImplementationUnderTest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(factory, "factory");
        statementsPerRead = complete(name, ReadOperation.class, statementsPerRead);
        statementsPerWrite = complete(name, WriteOperation.class, statementsPerWrite);
    }

    public int statementsFor(ReadOperation operation) {
        return statementsPerRead.get(operation);
    }

    public int statementsFor(WriteOperation operation) {
        return statementsPerWrite.get(operation);
    }

    private static <E extends Enum<E>> Map<E, Integer> complete(String name, Class<E> type, Map<E, Integer> counts) {
        var copy = new EnumMap<E, Integer>(type);
        copy.putAll(counts);
        for (E operation : type.getEnumConstants()) {
            if (!copy.containsKey(operation)) {
                throw new IllegalArgumentException(name + " does not state its statement count for " + operation);
            }
        }
        return copy;
    }
}
