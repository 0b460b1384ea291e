package dev.m2m.jooq;

import dev.m2m.core.Approach;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;

/**
 * One transaction per registrar call, on a connection of the caller's pool: committed when the work
 * returns, rolled back when it throws (a {@code RuntimeException} or an {@code Error}), and read-only for the
 * reads. The work gets a {@code DSLContext} on
 * that connection, so every statement it sends joins the transaction.
 *
 * <p>Why not jOOQ's own {@code transactionResult}: it has no read-only transactions, and this is all it
 * would do for the writes. The dialect and the settings come from {@link JooqSetup}. Public for
 * {@link dev.m2m.jooq.showcase}, whose reads run in the same transactions.
 */
public final class Transactions implements Approach.Transactions<DSLContext> {

    private final DataSource dataSource;
    private final SQLDialect dialect;
    private final Settings settings;

    /** The registrar's transactions, with its settings ({@link JooqSetup#settings()}). */
    public Transactions(DataSource dataSource) {
        this(dataSource, JooqSetup.settings());
    }

    /** Transactions whose statements are rendered with the given settings (the showcase's comparisons). */
    public Transactions(DataSource dataSource, Settings settings) {
        this.dataSource = dataSource;
        this.dialect = JooqSetup.dialectOf(dataSource);
        this.settings = settings;
    }

    // tag::run[]
    @Override
    public <T> T read(Function<DSLContext, T> work) {
        return run(true, work);
    }

    @Override
    public <T> T write(Function<DSLContext, T> work) {
        return run(false, work);
    }

    private <T> T run(boolean readOnly, Function<DSLContext, T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(readOnly);
            try {
                T result = work.apply(DSL.using(connection, dialect, settings));
                connection.commit();
                return result;
            } catch (RuntimeException | Error e) {
                rollBack(connection, e);
                throw e;
            } finally {
                connection.setReadOnly(false);
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            // a connection that could not be had, committed or reset: a database failure like any other
            throw new DataAccessException("transaction failed: " + e.getMessage(), e);
        }
    }
    // end::run[]

    private static void rollBack(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e); // the connection may be gone; the first failure is the story
        }
    }
}
