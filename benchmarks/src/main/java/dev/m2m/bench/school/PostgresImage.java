package dev.m2m.bench.school;

import dev.m2m.core.schema.Credentials;
import dev.m2m.core.schema.MigratedDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A PostgreSQL data directory that holds one loaded school, kept on disk between forks and runs, so
 * that a trial starts the server on it instead of loading the school again (a large school takes far
 * longer to load than a server takes to start). Keyed by size and by the data set's
 * {@link SchoolData#FINGERPRINT}; checked on every start against what the generator says it holds
 * (row counts and a checksum of the links), and rebuilt when it does not match, so a stale or
 * half-written image is never measured. Writes measured on it restore what they change.
 *
 * <p>Images live in {@code m2m-bench-images} in the system's temporary directory, or where the system
 * property {@code m2m.bench.images} says (JMH: {@code -jvmArgsAppend -Dm2m.bench.images=...}); delete
 * that folder to reclaim the space.
 */
public final class PostgresImage {

    private static final String COMPLETE = "m2m-image-complete";

    private PostgresImage() {
    }

    static Path directory(Size size) {
        var base = Path.of(System.getProperty("m2m.bench.images",
                Path.of(System.getProperty("java.io.tmpdir"), "m2m-bench-images").toString()));
        return base.resolve("postgres-" + size.name() + "-" + SchoolData.FINGERPRINT);
    }

    /**
     * The server started on the image of {@code data}'s school, built first if it is missing or does not match,
     * loaded through a pool of {@code poolSize} connections.
     */
    static EmbeddedPostgres start(Size size, SchoolData data, int poolSize) throws IOException, SQLException {
        var directory = directory(size);
        if (Files.exists(directory.resolve(COMPLETE))) {
            var postgres = startOn(directory);
            if (holds(postgres, data)) {
                return postgres;
            }
            System.out.println("the PostgreSQL image in " + directory + " does not hold this school: rebuilding it");
            postgres.close();
        }
        deleteRecursively(directory);
        Files.createDirectories(directory);
        var postgres = startOn(directory);
        var login = superuser();
        try (var dataSource = MigratedDataSource.open(url(postgres), login, login, poolSize)) {
            SchoolLoader.load(dataSource, data);
            try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
                statement.execute("VACUUM ANALYZE");
                statement.execute("CHECKPOINT");
            }
        }
        Files.writeString(directory.resolve(COMPLETE), SchoolData.FINGERPRINT + "\n");
        return postgres;
    }

    /** The JDBC URL of the image's database, with the driver's multi-row rewrite of batched inserts. */
    static String url(EmbeddedPostgres postgres) {
        return postgres.getJdbcUrl("postgres", "postgres").replace("?user=postgres", "")
                + "?reWriteBatchedInserts=true";
    }

    static Credentials superuser() {
        return new Credentials("postgres", "");
    }

    private static EmbeddedPostgres startOn(Path directory) throws IOException {
        // never cleaned on close: the directory is the image
        return EmbeddedPostgres.builder().setDataDirectory(directory).setCleanDataDirectory(false).start();
    }

    /** Row counts and a checksum of every link, against what the generator says the school holds. */
    private static boolean holds(EmbeddedPostgres postgres, SchoolData data) {
        try (var connection = postgres.getPostgresDatabase().getConnection()) {
            return data.isHeldBy(connection);
        } catch (SQLException e) {
            return false; // no schema, or a broken one: rebuild
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
