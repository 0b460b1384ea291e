package dev.m2m.core.schema;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.DriverManager;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Opens a HikariCP pool on a JDBC URL and brings its schema up to date with the project's Flyway
 * migrations, so that every implementation runs on the same tables:
 *
 * <pre>{@code
 * try (HikariDataSource dataSource = MigratedDataSource.open("jdbc:h2:mem:school;DB_CLOSE_DELAY=-1", "sa", "")) {
 *     Registrar registrar = JdbcRegistrar.create(dataSource);
 *     ...
 * }
 * }</pre>
 *
 * On a shared server, use {@link #open(String, Credentials, Credentials, int)}: the schema's owner
 * migrates, and the application connects as a role that may only read and write the tables.
 */
public final class MigratedDataSource {

    /** Where the migrations live on the classpath (core-model's {@code src/main/resources/db/migration}). */
    public static final String MIGRATIONS = "classpath:db/migration";

    /** The tables an application role may read and write; nothing else, not Flyway's history. */
    public static final String TABLES = "student, course, enrollment";

    private static final int DEFAULT_POOL_SIZE = 10;

    private MigratedDataSource() {
    }

    /** A pool of {@value #DEFAULT_POOL_SIZE} connections on a migrated database, as one login. */
    public static HikariDataSource open(String jdbcUrl, String user, String password) {
        var login = new Credentials(user, password);
        return open(jdbcUrl, login, login, DEFAULT_POOL_SIZE);
    }

    /**
     * Least privilege: migrates the schema as its {@code owner}, grants the {@code application} role
     * the right to read and write {@value #TABLES} and nothing more, then pools connections as the
     * application role. The role must exist already. The caller closes the pool.
     */
    public static HikariDataSource open(String jdbcUrl, Credentials owner, Credentials application, int poolSize) {
        if (owner.user().equals(application.user())) {
            // one login: migrate through the pool itself, so an in-memory database lives on in it
            var dataSource = pool(jdbcUrl, application, poolSize);
            try {
                migrate(dataSource);
                return dataSource;
            } catch (RuntimeException e) {
                dataSource.close();
                throw e;
            }
        }
        migrate(jdbcUrl, owner);
        grantReadWrite(jdbcUrl, owner, application.user());
        return pool(jdbcUrl, application, poolSize);
    }

    // tag::migrate[]
    /** Applies every pending migration; a database already up to date is left alone. */
    public static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations(MIGRATIONS)
                .load()
                .migrate();
    }
    // end::migrate[]

    /** Applies every pending migration over a short-lived connection of the schema's owner. */
    public static void migrate(String jdbcUrl, Credentials owner) {
        Flyway.configure()
                .dataSource(jdbcUrl, owner.user(), owner.password())
                .locations(MIGRATIONS)
                .load()
                .migrate();
    }

    private static HikariDataSource pool(String jdbcUrl, Credentials login, int poolSize) {
        var config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(login.user());
        config.setPassword(login.password());
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("m2m");
        return new HikariDataSource(config);
    }

    private static void grantReadWrite(String jdbcUrl, Credentials owner, String role) {
        if (!role.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            // a role name cannot be a bound parameter, so only a plain identifier is accepted
            throw new IllegalArgumentException("not a plain role name: " + role);
        }
        try (var connection = DriverManager.getConnection(jdbcUrl, owner.user(), owner.password());
             var statement = connection.createStatement()) {
            statement.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON " + TABLES + " TO " + role);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot grant read and write on " + TABLES + " to " + role, e);
        }
    }
}
