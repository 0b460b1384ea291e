package dev.m2m.contract;

import com.zaxxer.hikari.HikariDataSource;
import dev.m2m.core.schema.MigratedDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The databases the contract runs on. Each is opened once per test JVM, migrated once, and shared by
 * every test class; {@link #clean(DataSource)} empties it before each test.
 */
public enum TestDatabase {

    /** H2 2.x in memory, in its default (not a compatibility) mode. */
    H2 {
        @Override
        HikariDataSource open() {
            return MigratedDataSource.open("jdbc:h2:mem:m2m-contract;DB_CLOSE_DELAY=-1", "sa", "");
        }
    },

    /**
     * PostgreSQL: the server named by {@code -Dm2m.postgres.url} (with {@code m2m.postgres.user} and
     * {@code m2m.postgres.password}), or else an embedded PostgreSQL 17 started for this JVM.
     */
    POSTGRES {
        @Override
        HikariDataSource open() {
            var server = PostgresServer.get();
            return MigratedDataSource.open(server.jdbcUrl(), server.user(), server.password());
        }
    };

    private HikariDataSource dataSource;

    abstract HikariDataSource open();

    /**
     * A second, private pool on the same database, for a test that must break its own pool (close it,
     * exhaust it) without harming the shared one. The caller closes it.
     */
    public HikariDataSource openSeparatePool() {
        dataSource();
        return open();
    }

    /** The migrated, pooled database; opened on first use, closed when the JVM exits. */
    public synchronized HikariDataSource dataSource() {
        if (dataSource == null) {
            dataSource = open();
            Runtime.getRuntime().addShutdownHook(new Thread(dataSource::close, "close-" + name()));
        }
        return dataSource;
    }

    /**
     * Deletes every row, links first. DELETE rather than TRUNCATE: H2 refuses to truncate a table
     * that a foreign key references. Identity sequences are not reset, so no test can come to rely
     * on ids being 1, 2, 3.
     */
    public void clean(DataSource target) {
        try (var connection = target.getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM enrollment");
            statement.executeUpdate("DELETE FROM student");
            statement.executeUpdate("DELETE FROM course");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot clean the " + this + " test database", e);
        }
    }
}
