package dev.m2m.bench;

import java.nio.file.Path;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * {@code java -jar benchmarks.jar}: with arguments, JMH's own command line ({@code -l}, {@code -f},
 * {@code -p size=S_100K}, {@code -rf json}, ...). Without, a short default pass: the five join reads,
 * every approach, the small data set on H2, with allocation measured; then a summary table of each
 * score, its ratio to the plain JDBC floor, and the statements each operation sends.
 */
public final class Main {

    static final Path DEFAULT_RESULT = Path.of("jmh-result.json");

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0) {
            org.openjdk.jmh.Main.main(args);
            return;
        }
        System.out.println("""
                Default pass: 5 join reads x 4 approaches on H2, %s, 16 s warm-up and 9 s measurement each;
                about 10 minutes on 2 cores. JMH's own options run anything else (see the README).
                """.formatted(Size.S_1K));
        var options = new OptionsBuilder()
                .include(JoinReadBenchmarks.class.getSimpleName())
                .param("size", Size.S_1K.name())
                .param("db", Db.H2.name())
                .addProfiler(GCProfiler.class)
                .resultFormat(ResultFormatType.JSON)
                .result(DEFAULT_RESULT.toString())
                .build();
        new Runner(options).run();
        System.out.println();
        System.out.println("Counting the statements each operation sends ...");
        var counts = StatementCounts.measure(Db.H2, Size.S_1K);
        System.out.println();
        print(Results.read(DEFAULT_RESULT), counts);
        System.out.println("""

                Raw results: %s. Turn them into docs/benchmarks.md and a chart with:
                  java -cp benchmarks/target/benchmarks.jar dev.m2m.bench.Report %s"""
                .formatted(DEFAULT_RESULT.toAbsolutePath(), DEFAULT_RESULT));
    }

    static void print(Results results, Map<String, Map<String, Integer>> counts) {
        for (var group : results.bySizeAndDb().entrySet()) {
            System.out.printf("%s%n%-22s %-22s %18s %6s %24s %12s %11s%n", group.getKey(),
                    "operation", "approach", "score (us/op)", "margin", "x floor (99.9% interval)",
                    "alloc (B/op)", "statements");
            for (var row : group.getValue()) {
                Integer statements = counts.getOrDefault(row.benchmark(), Map.of()).get(row.variant());
                System.out.printf("%-22s %-22s %10.1f ± %5.1f %6s %24s %12s %11s%n",
                        row.operation(), row.variant(), row.score(), row.error(), row.marginText(),
                        results.ratioText(row),
                        Double.isNaN(row.allocatedBytes()) ? "-" : "%,.0f".formatted(row.allocatedBytes()),
                        statements == null ? "-" : statements.toString());
            }
        }
    }
}
