package dev.m2m.jdbc;

import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One transaction per registrar call, through Spring's {@link TransactionTemplate}: committed when the work
 * returns, rolled back when it throws. Reads run read-only. What escapes (a domain exception, or Spring's
 * own for what the database reported) is {@link dev.m2m.core.CheckedRegistrar}'s to pass or translate.
 */
final class Transactions {

    private final TransactionTemplate writes;
    private final TransactionTemplate reads;

    Transactions(DataSource dataSource) {
        var manager = new JdbcTransactionManager(dataSource);
        this.writes = new TransactionTemplate(manager);
        this.reads = new TransactionTemplate(manager);
        this.reads.setReadOnly(true);
    }

    // tag::run[]
    <T> T read(Supplier<T> work) {
        return reads.execute(status -> work.get());
    }

    /** A write that returns what it created: the name JPA's and MyBatis's Transactions give it too. */
    <T> T create(Supplier<T> work) {
        return writes.execute(status -> work.get());
    }

    void write(Runnable work) {
        writes.executeWithoutResult(status -> work.run());
    }
    // end::run[]
}
