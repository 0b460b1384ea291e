package dev.m2m.mybatis;

import dev.m2m.core.DatabaseFailureException;
import dev.m2m.core.RegistrarException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * One SqlSession, and so one JDBC transaction, per registrar call. Closing a session that was not
 * committed rolls it back. Domain exceptions pass through; whatever else MyBatis reports becomes a
 * {@link DatabaseFailureException}.
 */
final class Transactions {

    private final SqlSessionFactory factory;
    private volatile boolean closed;

    Transactions(SqlSessionFactory factory) {
        this.factory = factory;
    }

    <T> T read(String operation, Function<SqlSession, T> work) {
        return run(operation, ExecutorType.SIMPLE, work);
    }

    /** A write that returns what it created. */
    <T> T create(String operation, Function<SqlSession, T> work) {
        return run(operation, ExecutorType.SIMPLE, work);
    }

    void write(String operation, Consumer<SqlSession> work) {
        run(operation, ExecutorType.SIMPLE, asFunction(work));
    }

    /**
     * A write in a BATCH session: inserts and updates are queued into JDBC batches and sent together
     * at the next select, flush or commit; selects still run at once.
     */
    void writeInBatches(String operation, Consumer<SqlSession> work) {
        run(operation, ExecutorType.BATCH, asFunction(work));
    }

    /** A write in a BATCH session that returns what it created. */
    <T> T createInBatches(String operation, Function<SqlSession, T> work) {
        return run(operation, ExecutorType.BATCH, work);
    }

    /** A SqlSessionFactory holds nothing of its own (the pool belongs to the caller): only new calls are refused. */
    void close() {
        closed = true;
    }

    // tag::run[]
    private <T> T run(String operation, ExecutorType executor, Function<SqlSession, T> work) {
        if (closed) {
            throw new IllegalStateException("registrar is closed");
        }
        try (SqlSession session = factory.openSession(executor, false)) {
            T result = work.apply(session);
            // forced: MyBatis skips the commit of a session that only read, leaving the transaction open
            session.commit(true);
            return result;
        } catch (RegistrarException e) {
            throw e;
        } catch (PersistenceException e) {
            throw new DatabaseFailureException(operation, e);
        }
    }
    // end::run[]

    private static Function<SqlSession, Void> asFunction(Consumer<SqlSession> work) {
        return session -> {
            work.accept(session);
            return null;
        };
    }
}
