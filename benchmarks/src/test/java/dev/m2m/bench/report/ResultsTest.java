package dev.m2m.bench.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading JMH's JSON back: ratios to the floor with their intervals, margins, and the order of the rows. */
class ResultsTest {

    @TempDir
    Path folder;

    @Test
    void shouldDivideEachScoreByTheFloorOfTheSameOperationSizeAndDatabase() throws IOException {
        var results = Results.read(json(
                result("FindStudentBenchmarks.findStudent", "approach", "PLAIN_JDBC", "S_100K", 10.0),
                result("FindStudentBenchmarks.findStudent", "approach", "JPA", "S_100K", 25.0),
                result("FindStudentBenchmarks.findStudent", "approach", "PLAIN_JDBC", "S_1K", 4.0),
                result("FindStudentBenchmarks.findStudent", "approach", "JPA", "S_1K", 6.0),
                result("ListBenchmarks.listStudents", "approach", "PLAIN_JDBC", "S_1K", 100.0),
                result("NaiveLoadingBenchmarks.listStudents", "loading", "JPA_LAZY_LOADING", "S_1K", 300.0)));

        assertThat(results.rows()).extracting(Results.Row::size).startsWith("S_1K").endsWith("S_100K");
        assertThat(results.rows()).filteredOn(row -> row.variant().equals("JPA"))
                .extracting(row -> results.ratioToFloor(row).orElseThrow().value())
                .containsExactly(1.5, 2.5);
        assertThat(results.rows()).filteredOn(row -> row.variant().equals("JPA_LAZY_LOADING"))
                .singleElement()
                .satisfies(row -> {
                    assertThat(row.operation()).isEqualTo("listStudents (N+1)");
                    assertThat(results.ratioToFloor(row).orElseThrow().value()).isEqualTo(3.0);
                    assertThat(row.allocatedBytes()).isEqualTo(1234.0);
                });
    }

    @Test
    void shouldPoolEveryForksIterationsAndFlagAMarginTooWideForItsDatabase() throws IOException {
        var results = Results.read(json(
                measured("H2", "PLAIN_JDBC", 100.0, 4.0, "[[98, 101, 99], [102, 100, 100]]"),
                measured("H2", "JPA", 130.0, 20.0, "[[120, 140, 125], [135, 130, 130]]"),
                measured("POSTGRES", "PLAIN_JDBC", 200.0, 28.0, "[[190, 210], [200, 200]]")));

        var jpa = results.rows().stream().filter(row -> row.variant().equals("JPA")).findFirst().orElseThrow();
        var ratio = results.ratioToFloor(jpa).orElseThrow();

        assertThat(jpa.iterations()).containsExactly(120, 140, 125, 135, 130, 130);
        assertThat(ratio.value()).isCloseTo(1.3, within(1e-9));
        assertThat(ratio.low()).isBetween(1.0, 1.3);
        assertThat(ratio.high()).isGreaterThan(1.3);
        assertThat(results.rows()).extracting(Results.Row::db, Results.Row::variant, Results.Row::marginTooWide)
                .as("PostgreSQL first, the database users deploy to")
                .containsExactly(tuple("POSTGRES", "PLAIN_JDBC", false), tuple("H2", "PLAIN_JDBC", false),
                        tuple("H2", "JPA", true));
    }

    @Test
    void shouldWriteTiesAsEqualToTheFloorInTheHeadlineNeverAsFaster() throws IOException {
        var results = Results.read(json(
                measured("H2", "PLAIN_JDBC", 100.0, 4.0, "[[98, 101, 99], [102, 100, 100]]"),
                measured("H2", "JDBC", 99.0, 4.0, "[[97, 100, 98], [101, 99, 99]]"),
                measured("H2", "JPA", 130.0, 4.0, "[[129, 131, 130], [130, 129, 131]]")));
        var readme = "intro\n" + Headline.START + "\nold\n" + Headline.END + "\nrest\n";

        var headline = Headline.rewrite(readme, results);

        assertThat(headline).contains("| findStudent | 100 us ± 4% | = floor (0.9").contains("| 1.30x (1.2")
                .doesNotContain("0.99x").doesNotContain("old").startsWith("intro").endsWith("rest\n");
    }

    @Test
    void shouldPrintTheDefaultPassSummaryWithMarginsAndIntervals() throws IOException {
        var results = Results.read(json(
                measured("H2", "PLAIN_JDBC", 100.0, 4.0, "[[98, 101, 99], [102, 100, 100]]"),
                measured("H2", "JPA", 130.0, 20.0, "[[120, 140, 125], [135, 130, 130]]")));
        var out = new ByteArrayOutputStream();
        var console = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            Summary.print(results, Map.of("H2 S_1K",
                    Map.of("FindStudentBenchmarks.findStudent", Map.of("JPA", new StatementCounts.Count(1, 3)))));
        } finally {
            System.setOut(console);
        }

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("H2 S_1K").contains("4%").contains("15%!").contains("floor").contains("1.30x (1.")
                .contains("1 / 3");
    }

    @Test
    void shouldCompareEachProbeWithTheFloorOfTheSameProbe() throws IOException {
        var results = Results.read(json(
                probed("C_10", "PLAIN_JDBC", 10.0), probed("C_10", "JPA", 20.0),
                probed("C_100", "PLAIN_JDBC", 50.0), probed("C_100", "JPA", 60.0)));

        assertThat(results.rows()).filteredOn(row -> row.variant().equals("JPA"))
                .extracting(Results.Row::operation, row -> results.ratioToFloor(row).orElseThrow().value(),
                        Results.Row::answerSize)
                .containsExactly(tuple("studentsIn (10 students)", 2.0, 10), tuple("studentsIn (100 students)", 1.2, 100));
    }

    @Test
    void shouldReadTheMultisetLaddersFirstStepAsTheFloorAndKeepTheStepsInOrder() throws IOException {
        var results = Results.read(json(
                result("MultisetCostBenchmarks.listStudents", "step", "REGISTRAR", "S_1K", 30.0),
                result("MultisetCostBenchmarks.listStudents", "step", "SQL_JSON", "S_1K", 15.0),
                result("MultisetCostBenchmarks.listStudents", "step", "FLOOR", "S_1K", 10.0)));

        assertThat(results.rows())
                .extracting(Results.Row::variant, results::ratioText)
                .containsExactly(tuple("PLAIN_JDBC", "floor"), tuple("SQL_JSON", "1.50x (no interval)"),
                        tuple("REGISTRAR", "3.00x (no interval)"));
    }

    private static String probed(String course, String approach, double score) {
        return """
                {"benchmark": "dev.m2m.bench.StudentsInBenchmarks.studentsIn",
                 "params": {"approach": "%s", "size": "S_1K", "db": "H2", "course": "%s"},
                 "primaryMetric": {"score": %s, "scoreError": 0.5, "scoreUnit": "us/op"}}"""
                .formatted(approach, course, score);
    }

    private static String measured(String db, String approach, double score, double error, String rawData) {
        return """
                {"benchmark": "dev.m2m.bench.FindStudentBenchmarks.findStudent",
                 "params": {"approach": "%s", "size": "S_1K", "db": "%s"},
                 "primaryMetric": {"score": %s, "scoreError": %s, "scoreUnit": "us/op", "rawData": %s}}"""
                .formatted(approach, db, score, error, rawData);
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
