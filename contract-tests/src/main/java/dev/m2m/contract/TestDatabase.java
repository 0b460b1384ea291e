package dev.m2m.contract;

import com.zaxxer.hikari.HikariDataSource;
import dev.m2m.core.schema.Credentials;
import dev.m2m.core.schema.MigratedDataSource;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The databases the contract runs on. Each is opened once per test JVM, migrated once, and shared by
 * every test class; {@link #clean(DataSource)} empties it before each test.
 */
public enum TestDatabase {

    /**
     * H2 2.x in memory, in its default (not a compatibility) mode. Row locks wait up to 10 s (H2's
     * default is 1 s), since the concurrency tests queue many enrolments on one course.
     */
    H2 {
        private static final String URL = "jdbc:h2:mem:m2m-contract;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";

        @Override
        HikariDataSource open() {
            var login = new Credentials("sa", "");
            return MigratedDataSource.open(URL, login, login, POOL_SIZE);
        }

        @Override
        void migrateAgain() {
            MigratedDataSource.migrate(dataSource());
        }

        @Override
        String killOtherSessionsSql() {
            return "SELECT ABORT_SESSION(SESSION_ID) FROM INFORMATION_SCHEMA.SESSIONS WHERE SESSION_ID <> SESSION_ID()";
        }
    },

    /**
     * PostgreSQL: the server named by {@code -Dm2m.postgres.url}, or else an embedded PostgreSQL 17
     * started for this JVM. Migrated by the schema's owner; the pool connects as the application role,
     * which may only read and write the three tables.
     */
    POSTGRES {
        @Override
        HikariDataSource open() {
            var server = PostgresServer.get();
            return MigratedDataSource.open(server.jdbcUrl(), server.owner(), server.application(), POOL_SIZE);
        }

        @Override
        void migrateAgain() {
            var server = PostgresServer.get();
            MigratedDataSource.migrate(server.jdbcUrl(), server.owner());
        }

        // a role may end its own sessions, so the application role needs no extra privilege for this
        @Override
        String killOtherSessionsSql() {
            return """
                    SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                    WHERE usename = current_user AND pid <> pg_backend_pid()""";
        }
    };

    /** Enough connections for the concurrency tests' threads, each holding one at a time. */
    static final int POOL_SIZE = 10;

    private HikariDataSource dataSource;

    abstract HikariDataSource open();

    /** Runs the migrations again, as the schema's owner: an up-to-date schema must be left alone. */
    abstract void migrateAgain();

    abstract String killOtherSessionsSql();

    /**
     * Makes the database end every session of this pool but the one asking, as a restart or a network
     * failure would; the pool does not know until it uses them. Returns how many it ended.
     */
    public int killOtherConnections(DataSource target) throws SQLException {
        try (var connection = target.getConnection();
             var statement = connection.createStatement();
             var rs = statement.executeQuery(killOtherSessionsSql())) {
            int killed = 0;
            while (rs.next()) {
                killed++;
            }
            return killed;
        }
    }

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
