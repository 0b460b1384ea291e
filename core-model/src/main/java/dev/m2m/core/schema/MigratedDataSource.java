package dev.m2m.core.schema;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Opens a HikariCP pool on a JDBC URL and brings its schema up to date with the project's Flyway
 * migrations, so that every implementation runs on the same tables:
 *
 * <pre>{@code
 * try (HikariDataSource dataSource = MigratedDataSource.open("jdbc:h2:mem:school;DB_CLOSE_DELAY=-1", "sa", "")) {
 *     Registrar registrar = new JdbcRegistrar(dataSource);
 *     ...
 * }
 * }</pre>
 */
public final class MigratedDataSource {

    /** Where the migrations live on the classpath (core-model's {@code src/main/resources/db/migration}). */
    public static final String MIGRATIONS = "classpath:db/migration";

    private static final int DEFAULT_POOL_SIZE = 10;

    private MigratedDataSource() {
    }

    /** A pool of {@value #DEFAULT_POOL_SIZE} connections on a migrated database. The caller closes it. */
    public static HikariDataSource open(String jdbcUrl, String user, String password) {
        return open(jdbcUrl, user, password, DEFAULT_POOL_SIZE);
    }

    public static HikariDataSource open(String jdbcUrl, String user, String password, int poolSize) {
        var config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("m2m");
        var dataSource = new HikariDataSource(config);
        try {
            migrate(dataSource);
            return dataSource;
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    /** Applies every pending migration; a database already up to date is left alone. */
    public static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations(MIGRATIONS)
                .load()
                .migrate();
    }
}
