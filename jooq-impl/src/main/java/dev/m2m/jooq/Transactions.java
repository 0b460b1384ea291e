package dev.m2m.jooq;

import dev.m2m.core.Approach;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.NestedCollectionEmulation;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jooq.tools.jdbc.JDBCUtils;

/**
 * One transaction per registrar call, on a connection of the caller's pool: committed when the work
 * returns, rolled back when it throws, and read-only for the reads. The work gets a {@code DSLContext} on
 * that connection, so every statement it sends joins the transaction.
 *
 * <p>Why not jOOQ's own {@code transactionResult}: it has no read-only transactions, and this is all it
 * would do for the writes. The dialect (H2 or POSTGRES) is read once from the database itself. Public for
 * {@link dev.m2m.jooq.showcase}, whose reads run in the same transactions.
 */
public final class Transactions implements Approach.Transactions<DSLContext> {

    private final DataSource dataSource;
    private final SQLDialect dialect;
    private final Settings settings;

    /** The registrar's transactions: MULTISET nested as JSON (see the other constructor for why). */
    public Transactions(DataSource dataSource) {
        this(dataSource, NestedCollectionEmulation.JSON);
    }

    /**
     * Transactions whose MULTISET fields are nested the given way. The registrar asks for JSON: on
     * PostgreSQL jOOQ's default is JSONB, which the server builds as a binary value and then prints back as
     * text for the driver, where {@code json_agg} writes the text directly; jOOQ parses the same text either
     * way. JSONB's one advantage, that nested values can be compared (DISTINCT, UNION or GROUP BY over a
     * MULTISET), no read here uses. H2 nests as JSON whatever is asked. Chapter 13 measures the two.
     */
    public Transactions(DataSource dataSource, NestedCollectionEmulation multiset) {
        this.dataSource = dataSource;
        this.dialect = dialectOf(dataSource);
        // tag::settings[]
        this.settings = new Settings()
                // the generated names are lower case, as in the migrations; unquoted, each database folds
                // them its own way (H2 to upper case, where Flyway created the tables, PostgreSQL to lower)
                .withRenderQuotedNames(RenderQuotedNames.NEVER)
                // how MULTISET is nested: JSON for the registrar, not PostgreSQL's default JSONB (see above)
                .withEmulateMultiset(multiset);
        // end::settings[]
    }

    // tag::run[]
    @Override
    public <T> T read(Function<DSLContext, T> work) {
        return inTransaction(true, work);
    }

    @Override
    public <T> T write(Function<DSLContext, T> work) {
        return inTransaction(false, work);
    }

    private <T> T inTransaction(boolean readOnly, Function<DSLContext, T> work) {
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

    private static void rollBack(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static SQLDialect dialectOf(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return JDBCUtils.dialect(connection);
        } catch (SQLException e) {
            throw new DataAccessException("cannot read the database's product name: " + e.getMessage(), e);
        }
    }
}
