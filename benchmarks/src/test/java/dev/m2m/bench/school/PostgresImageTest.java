package dev.m2m.bench.school;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PostgreSQL image of a school: built once, started again as it is, rebuilt when it no longer matches. */
class PostgresImageTest {

    @TempDir
    Path images;

    private String before;

    @BeforeEach
    void keepImagesInTheTemporaryFolder() {
        before = System.setProperty("m2m.bench.images", images.toString());
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty("m2m.bench.images");
        } else {
            System.setProperty("m2m.bench.images", before);
        }
    }

    @Test
    void shouldStartOnTheKeptImageAndRebuildOneThatNoLongerHoldsTheSchool() throws Exception {
        var data = SchoolData.generate(Size.S_1K);
        var marker = PostgresImage.directory(Size.S_1K).resolve("m2m-image-complete");

        // built the first time
        try (var postgres = PostgresImage.start(Size.S_1K, data, BenchDatabase.POOL_SIZE)) {
            assertThat(links(postgres)).isEqualTo(data.links().size());
        }
        FileTime built = Files.getLastModifiedTime(marker);

        // started as it is the second time: not rebuilt
        try (var postgres = PostgresImage.start(Size.S_1K, data, BenchDatabase.POOL_SIZE)) {
            assertThat(links(postgres)).isEqualTo(data.links().size());
            execute(postgres, "DELETE FROM enrollment WHERE student_id = 1"); // a change a crashed write could leave
        }
        assertThat(Files.getLastModifiedTime(marker)).isEqualTo(built);

        // rebuilt the third time, because it no longer holds the school
        Thread.sleep(10);
        try (var postgres = PostgresImage.start(Size.S_1K, data, BenchDatabase.POOL_SIZE)) {
            assertThat(links(postgres)).isEqualTo(data.links().size());
        }
        assertThat(Files.getLastModifiedTime(marker)).isGreaterThan(built);
    }

    private static long links(EmbeddedPostgres postgres) throws SQLException {
        try (var connection = postgres.getPostgresDatabase().getConnection();
             var rows = connection.createStatement().executeQuery("SELECT COUNT(*) FROM enrollment")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void execute(EmbeddedPostgres postgres, String sql) throws SQLException {
        try (var connection = postgres.getPostgresDatabase().getConnection()) {
            connection.createStatement().execute(sql);
        }
    }
}
