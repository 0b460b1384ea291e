package dev.m2m.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading JMH's JSON back: ratios to the floor, and the order of the report's rows. */
class ResultsTest {

    @TempDir
    Path folder;

    @Test
    void shouldDivideEachScoreByTheFloorOfTheSameOperationSizeAndDatabase() throws IOException {
        var results = Results.read(json(
                result("JoinReadBenchmarks.findStudent", "approach", "PLAIN_JDBC", "S_100K", 10.0),
                result("JoinReadBenchmarks.findStudent", "approach", "JPA", "S_100K", 25.0),
                result("JoinReadBenchmarks.findStudent", "approach", "PLAIN_JDBC", "S_1K", 4.0),
                result("JoinReadBenchmarks.findStudent", "approach", "JPA", "S_1K", 6.0),
                result("JoinReadBenchmarks.listStudents", "approach", "PLAIN_JDBC", "S_1K", 100.0),
                result("NaiveLoadingBenchmarks.listStudents", "loading", "JPA_LAZY_LOADING", "S_1K", 300.0)));

        assertThat(results.rows()).extracting(Results.Row::size).startsWith("S_1K").endsWith("S_100K");
        assertThat(results.rows()).filteredOn(row -> row.variant().equals("JPA"))
                .extracting(row -> results.ratioToFloor(row).orElseThrow())
                .containsExactly(1.5, 2.5);
        assertThat(results.rows()).filteredOn(row -> row.variant().equals("JPA_LAZY_LOADING"))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.operation()).isEqualTo("listStudents (N+1)");
                    assertThat(results.ratioToFloor(row)).contains(3.0);
                    assertThat(row.allocatedBytes()).isEqualTo(1234.0);
                });
    }

    private Path json(String... results) throws IOException {
        var file = folder.resolve("result.json");
        Files.writeString(file, "[" + String.join(",", results) + "]");
        return file;
    }

    private static String result(String benchmark, String param, String variant, String size, double score) {
        return """
                {"benchmark": "dev.m2m.bench.%s", "params": {"%s": "%s", "size": "%s", "db": "H2"},
                 "primaryMetric": {"score": %s, "scoreError": 0.5, "scoreUnit": "us/op"},
                 "secondaryMetrics": {"gc.alloc.rate.norm": {"score": 1234.0}}}"""
                .formatted(benchmark, param, variant, size, score);
    }
}
