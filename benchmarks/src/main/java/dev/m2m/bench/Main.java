package dev.m2m.bench;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * {@code java -jar benchmarks.jar}: without arguments, the {@link Pass#DEFAULT default pass}; with
 * {@code pass NAME}, one of the named passes of the committed run ({@code postgres}, {@code h2},
 * {@code scaling}) or {@code spring-data}; with anything else, JMH's own command line ({@code -l}, {@code -f},
 * {@code -p size=S_100K}, {@code -rf json}, ...). A pass writes {@code <name>-result.json} and ends
 * with a summary: each score, its margin, its ratio to the plain JDBC floor with that ratio's interval,
 * and what each call sends.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            run(Pass.DEFAULT);
        } else if (args[0].equals("pass") && args.length == 2) {
            run(Pass.valueOf(args[1].toUpperCase(Locale.ROOT).replace('-', '_')));
        } else {
            org.openjdk.jmh.Main.main(args);
        }
    }

    private static void run(Pass pass) throws Exception {
        String name = pass.name().toLowerCase(Locale.ROOT).replace('_', '-');
        System.out.printf("Pass %s: %s; about %d minutes on 2 cores.%n%n", name, pass.description, pass.minutes);
        var merged = new JsonArray();
        for (int i = 0; i < pass.runs.size(); i++) {
            var run = pass.runs.get(i);
            Path part = Files.createTempFile("m2m-" + name + "-" + i, ".json");
            var options = new OptionsBuilder().include(run.include()).forks(pass.forks).addProfiler(GCProfiler.class)
                    .resultFormat(ResultFormatType.JSON).result(part.toString());
            run.params().forEach((param, values) -> options.param(param, values.split(",")));
            if (pass.forks == 1) {
                options.measurementIterations(15);
            }
            new Runner(options.build()).run();
            merged.addAll(JsonParser.parseString(Files.readString(part)).getAsJsonArray());
            Files.delete(part);
        }
        Path result = Path.of(name + "-result.json");
        Files.writeString(result, new GsonBuilder().setPrettyPrinting().create().toJson(merged));
        System.out.println();
        print(Results.read(result));
        System.out.printf("""

                Raw results: %s. Turn them (with other passes' files) into docs/benchmarks.md and its charts with:
                  java -cp benchmarks/target/benchmarks.jar dev.m2m.bench.Report %s docs%n""",
                result.toAbsolutePath(), result);
    }

    /** The summary table, with what each call sends counted at each group's own database and size. */
    static void print(Results results) throws Exception {
        Map<String, Map<String, Map<String, StatementCounts.Count>>> countsByGroup = new HashMap<>();
        for (var group : results.bySizeAndDb().entrySet()) {
            System.out.println("Counting the statements each operation sends on " + group.getKey() + " ...");
            var parts = group.getKey().split(" ");
            countsByGroup.put(group.getKey(), StatementCounts.measure(Db.valueOf(parts[0]), Size.valueOf(parts[1]),
                    group.getValue().stream().anyMatch(Results.Row::isBulkLoad)));
        }
        print(results, countsByGroup);
    }

    /** The summary table; {@code countsByGroup}: "H2 S_1K" → {@link StatementCounts#measure}'s answer. */
    static void print(Results results, Map<String, Map<String, Map<String, StatementCounts.Count>>> countsByGroup) {
        for (var group : results.bySizeAndDb().entrySet()) {
            var counts = countsByGroup.getOrDefault(group.getKey(), Map.of());
            System.out.printf("%n%s%n%-36s %-18s %18s %6s %26s %12s %10s%n", group.getKey(),
                    "operation", "approach", "score (us/op)", "margin", "x floor (99.9% interval)",
                    "alloc (B/op)", "sends");
            for (var row : group.getValue()) {
                var count = counts.getOrDefault(row.countKey(), Map.of()).get(row.variant());
                System.out.printf("%-36s %-18s %10.1f ± %5.1f %6s %26s %12s %10s%n",
                        row.operation(), row.variant(), row.score(), row.error(), row.marginText(),
                        results.ratioText(row),
                        Double.isNaN(row.allocatedBytes()) ? "-" : "%,.0f".formatted(row.allocatedBytes()),
                        count == null ? "-" : count.text());
            }
        }
        System.out.println("""

                sends: SQL statements per call; on PostgreSQL "statements / round trips", the round trips counting
                the commits and resets the driver and the pool send too.""");
    }
}
