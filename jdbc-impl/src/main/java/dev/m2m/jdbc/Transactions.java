package dev.m2m.jdbc;

import dev.m2m.core.Approach;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One transaction per registrar call, through Spring's {@link TransactionTemplate}: committed when the work
 * returns, rolled back when it throws. Reads run read-only. What escapes (a domain exception, or Spring's
 * own for what the database reported) is {@link dev.m2m.core.CheckedRegistrar}'s to pass or translate.
 */
final class Transactions implements Approach.Transactions<TransactionStatus> {

    private final TransactionTemplate writes;
    private final TransactionTemplate reads;

    Transactions(DataSource dataSource) {
        var manager = new JdbcTransactionManager(dataSource);
        this.writes = new TransactionTemplate(manager);
        this.reads = new TransactionTemplate(manager);
        this.reads.setReadOnly(true);
    }

    // tag::run[]
    @Override
    public <T> T read(Function<TransactionStatus, T> work) {
        return reads.execute(work::apply);
    }

    @Override
    public <T> T write(Function<TransactionStatus, T> work) {
        return writes.execute(work::apply);
    }
    // end::run[]
}
