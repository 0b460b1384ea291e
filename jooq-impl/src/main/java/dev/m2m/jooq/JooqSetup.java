package dev.m2m.jooq;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jooq.SQLDialect;
import org.jooq.conf.NestedCollectionEmulation;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.exception.DataAccessException;
import org.jooq.tools.jdbc.JDBCUtils;

/**
 * Configures jOOQ in code, on a DataSource the caller owns: the dialect, read once from the database
 * itself, so one code base renders H2's SQL and PostgreSQL's, and the settings every statement is rendered
 * with. {@link Transactions} builds each call's {@code DSLContext} from the two. Public for
 * {@link dev.m2m.jooq.showcase}, whose reads run with the same settings or, to compare, another nesting.
 */
public final class JooqSetup {

    private JooqSetup() {
    }

    /**
     * The registrar's settings: MULTISET nested as JSON. On PostgreSQL jOOQ's default is JSONB, which the
     * server builds as a binary value and then prints back as text for the driver, where {@code json_agg}
     * writes the text directly; jOOQ parses the same text either way. JSONB's one advantage, that nested
     * values can be compared (DISTINCT, UNION or GROUP BY over a MULTISET), no read here uses. H2 nests as
     * JSON whatever is asked. Chapter 13 measures the two.
     */
    public static Settings settings() {
        return settings(NestedCollectionEmulation.JSON);
    }

    /** The same settings with MULTISET nested the given way. */
    public static Settings settings(NestedCollectionEmulation multiset) {
        // tag::settings[]
        return new Settings()
                // the generated names are lower case, as in the migrations; unquoted, each database folds
                // them its own way (H2 to upper case, where Flyway created the tables, PostgreSQL to lower)
                .withRenderQuotedNames(RenderQuotedNames.NEVER)
                // how MULTISET is nested: JSON for the registrar, not PostgreSQL's default JSONB (see above)
                .withEmulateMultiset(multiset);
        // end::settings[]
    }

    /** The database's dialect (H2 or POSTGRES), from its product name. */
    public static SQLDialect dialectOf(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return JDBCUtils.dialect(connection);
        } catch (SQLException e) {
            throw new DataAccessException("cannot read the database's product name: " + e.getMessage(), e);
        }
    }
}
