package dev.m2m.bench.report;

import java.util.HashMap;
import java.util.Map;

/**
 * The console summary a pass ends with: each score, its margin, its ratio to the plain JDBC floor with that
 * ratio's interval, and what each call sends.
 */
public final class Summary {

    private Summary() {
    }

    /** The summary table, with what each call sends counted at each group's own database and size. */
    public static void print(Results results) throws Exception {
        Map<String, Map<String, Map<String, StatementCounts.Count>>> countsByGroup = new HashMap<>();
        for (var group : results.bySizeAndDb().entrySet()) {
            countsByGroup.put(group.getKey(), StatementCounts.measure(group.getKey(),
                    group.getValue().stream().anyMatch(Results.Row::isBulkLoad)));
        }
        print(results, countsByGroup);
    }

    /** The summary table; {@code countsByGroup}: "H2 S_1K" → what {@code StatementCounts.measure} counted there. */
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
