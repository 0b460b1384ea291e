package dev.m2m.jdbc;

import dev.m2m.core.Approach;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One transaction per registrar call, through Spring's {@link TransactionTemplate}: committed when the work
 * returns, rolled back when it throws (a {@code RuntimeException} or an {@code Error}, the template's rule).
 * Reads run read-only. Spring binds the transaction to the thread, where the {@code JdbcClient} finds it, so
 * the work is handed nothing. What escapes (a domain exception, or Spring's own for what the database
 * reported) is {@link dev.m2m.core.CheckedRegistrar}'s to pass or translate.
 */
final class Transactions implements Approach.Transactions<Void> {

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
    public <T> T read(Function<Void, T> work) {
        return run(reads, work);
    }

    @Override
    public <T> T write(Function<Void, T> work) {
        return run(writes, work);
    }

    private static <T> T run(TransactionTemplate template, Function<Void, T> work) {
        return template.execute(status -> work.apply(null));
    }
    // end::run[]
}
