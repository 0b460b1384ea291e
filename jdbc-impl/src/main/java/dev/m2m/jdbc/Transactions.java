package dev.m2m.jdbc;

import dev.m2m.core.DatabaseFailureException;
import dev.m2m.core.RegistrarException;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One transaction per registrar call, and the last line of exception translation: a domain exception
 * thrown inside rolls the transaction back and passes through; whatever else the database reports
 * becomes a {@link DatabaseFailureException}, so no Spring type reaches the caller. Once closed, it
 * starts no transaction.
 */
final class Transactions {

    private final TransactionTemplate writes;
    private final TransactionTemplate reads;
    private volatile boolean closed;

    Transactions(DataSource dataSource) {
        var manager = new JdbcTransactionManager(dataSource);
        this.writes = new TransactionTemplate(manager);
        this.reads = new TransactionTemplate(manager);
        this.reads.setReadOnly(true);
    }

    <T> T write(String operation, Supplier<T> work) {
        return run(writes, operation, work);
    }

    void write(String operation, Runnable work) {
        run(writes, operation, () -> {
            work.run();
            return null;
        });
    }

    <T> T read(String operation, Supplier<T> work) {
        return run(reads, operation, work);
    }

    /** Spring JDBC holds nothing of its own: the pool belongs to the caller. Only new calls are refused. */
    void close() {
        closed = true;
    }

    // tag::run[]
    private <T> T run(TransactionTemplate template, String operation, Supplier<T> work) {
        if (closed) {
            throw new IllegalStateException("registrar is closed");
        }
        try {
            return template.execute(status -> work.get());
        } catch (RegistrarException e) {
            throw e;
        } catch (DataAccessException | TransactionException e) {
            throw new DatabaseFailureException(operation, e);
        }
    }
    // end::run[]
}
