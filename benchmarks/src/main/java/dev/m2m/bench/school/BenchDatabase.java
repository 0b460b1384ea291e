package dev.m2m.bench.school;

import com.zaxxer.hikari.HikariDataSource;
import dev.m2m.core.schema.Credentials;
import dev.m2m.core.schema.MigratedDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import javax.sql.DataSource;

/**
 * A database for one trial: migrated with the project's Flyway migrations and loaded with the data
 * set of the trial's size. H2 lives in this JVM's memory and goes when it is closed; PostgreSQL is an
 * embedded server started for the trial, on a kept {@link PostgresImage} of the school for the reads
 * and writes, or on a throw-away directory for the bulk load.
 */
public final class BenchDatabase implements AutoCloseable {

    static final int POOL_SIZE = 4;

    private final String url;
    private final HikariDataSource dataSource;
    private final EmbeddedPostgres postgres;
    private final SchoolData data;
    private HikariDataSource throughCounter;

    private BenchDatabase(String url, HikariDataSource dataSource, EmbeddedPostgres postgres, SchoolData data) {
        this.url = url;
        this.dataSource = dataSource;
        this.postgres = postgres;
        this.data = data;
    }

    /**
     * A database loaded with the school of {@code size}: H2 loaded afresh in memory by the batch loader,
     * PostgreSQL started on its {@link PostgresImage}, loaded only the first time.
     */
    public static BenchDatabase open(Db db, Size size) throws IOException, SQLException {
        if (db == Db.POSTGRES) {
            var data = SchoolData.generate(size);
            var postgres = PostgresImage.start(size, data, POOL_SIZE);
            var login = PostgresImage.superuser();
            var url = PostgresImage.url(postgres);
            return new BenchDatabase(url, MigratedDataSource.open(url, login, login, POOL_SIZE), postgres, data);
        }
        var database = openEmpty(db, size);
        SchoolLoader.load(database.dataSource, database.data);
        return database;
    }

    /** A migrated database with no rows, for the bulk load to fill; {@link #data()} is what it will load. */
    public static BenchDatabase openEmpty(Db db, Size size) throws IOException, SQLException {
        var data = SchoolData.generate(size);
        EmbeddedPostgres postgres = null;
        String url;
        Credentials login;
        if (db == Db.POSTGRES) {
            // a throw-away server: the bulk load empties it again and again, so it must not be an image
            postgres = EmbeddedPostgres.builder().start();
            // batched inserts rewritten into multi-row INSERTs: the driver's own bulk path
            url = PostgresImage.url(postgres);
            login = PostgresImage.superuser();
        } else {
            // OPTIMIZE_REUSE_RESULTS=FALSE: H2 would otherwise hand back the previous result of an unchanged
            // query with the same parameters (courseStats has none), and time only the layers above it
            url = "jdbc:h2:mem:bench-" + size + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000;OPTIMIZE_REUSE_RESULTS=FALSE";
            login = new Credentials("sa", "");
        }
        var dataSource = MigratedDataSource.open(url, login, login, POOL_SIZE);
        return new BenchDatabase(url, dataSource, postgres, data);
    }

    /** On PostgreSQL, a relay that counts round trips to this server; null on H2, which has no network. */
    public RoundTripCounter roundTripCounter() throws IOException {
        return postgres == null ? null : new RoundTripCounter("localhost", postgres.getPort());
    }

    /**
     * A pool like {@link #dataSource()} whose connections go through {@code counter}, or that pool itself
     * when there is no counter; closed with this database.
     */
    public DataSource countedDataSource(RoundTripCounter counter) {
        if (counter == null) {
            return dataSource;
        }
        var login = PostgresImage.superuser();
        String relayed = url.replace(":" + postgres.getPort() + "/", ":" + counter.port() + "/");
        throughCounter = MigratedDataSource.open(relayed, login, login, POOL_SIZE);
        fill(throughCounter);
        return throughCounter;
    }

    /**
     * Opens every connection of the pool now: the pool otherwise adds them in the background, and a
     * connection's start-up traffic would be counted against whichever call it happened during.
     */
    private static void fill(HikariDataSource pool) {
        var connections = new ArrayList<Connection>();
        try {
            for (int i = 0; i < POOL_SIZE; i++) {
                connections.add(pool.getConnection());
            }
            for (Connection connection : connections) {
                connection.close();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not open the counted pool", e);
        }
    }

    public HikariDataSource dataSource() {
        return dataSource;
    }

    public SchoolData data() {
        return data;
    }

    /** Removes every row, so the next bulk load starts from an empty schema again. */
    public void empty() throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            if (postgres != null) {
                statement.execute("TRUNCATE enrollment, student, course");
                statement.execute("VACUUM ANALYZE");
                return;
            }
            // H2 refuses TRUNCATE on a table that foreign keys point at, and half a million DELETEd rows
            // leave work behind that slows the next load at random: drop everything and migrate afresh.
            statement.execute("DROP ALL OBJECTS");
        }
        MigratedDataSource.migrate(dataSource);
    }

    @Override
    public void close() throws IOException, SQLException {
        if (throughCounter != null) {
            throughCounter.close();
        }
        dataSource.close();
        if (postgres == null) {
            // an in-memory H2 database outlives its pool (DB_CLOSE_DELAY=-1) until told to go
            try (var connection = DriverManager.getConnection(url, "sa", "");
                 var statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }
}
