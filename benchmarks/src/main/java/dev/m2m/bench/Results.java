package dev.m2m.bench;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * JMH's JSON result, read back as rows, with each score set against the plain JDBC floor of the
 * same operation, size and database. Both the console summary and the Markdown report use it.
 */
record Results(List<Row> rows, JsonObject settings) {

    /**
     * One benchmark at one set of parameters: its score and JMH's 99.9% error, and the measurement
     * iterations behind them, every fork's (JMH's {@code rawData}).
     */
    record Row(String benchmark, String variant, String size, String db,
               double score, double error, String unit, double allocatedBytes, double[] iterations) {

        /** The widest error margin a score may have and still be published without a flag, by database. */
        static double marginLimit(String db) {
            return db.equals(Db.POSTGRES.name()) ? 0.15 : 0.10;
        }

        /** JMH's 99.9% error as a share of the score. */
        double relativeError() {
            return error / score;
        }

        /** The margin is wider than a reader should decide on: the report flags it beside the number. */
        boolean marginTooWide() {
            return Double.isNaN(error) || relativeError() > marginLimit(db);
        }

        /** The error as a share of the score, flagged with "!" when too wide to decide on. */
        String marginText() {
            return Double.isNaN(error) ? "-" : "%.0f%%%s".formatted(100 * relativeError(), marginTooWide() ? "!" : "");
        }

        /** "JoinReadBenchmarks.studentsIn" → "studentsIn"; the N+1 page → "listStudents (N+1)". */
        String operation() {
            String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            return benchmark.startsWith("NaiveLoadingBenchmarks") ? method + " (N+1)" : method;
        }

        boolean isBulkLoad() {
            return benchmark.startsWith("BulkLoadBenchmarks");
        }

        /** The operation the floor is taken from: the N+1 page is compared with the well-loaded page. */
        String floorOperation() {
            return benchmark.startsWith("NaiveLoadingBenchmarks") ? "JoinReadBenchmarks.listStudents" : benchmark;
        }
    }

    static Results read(Path json) throws IOException {
        var rows = new ArrayList<Row>();
        JsonObject settings = null;
        for (JsonElement element : JsonParser.parseString(Files.readString(json)).getAsJsonArray()) {
            var result = element.getAsJsonObject();
            if (settings == null) {
                settings = result;
            }
            var params = result.getAsJsonObject("params");
            String variant = params.has("approach") ? params.get("approach").getAsString()
                    : params.get("loading").getAsString();
            var primary = result.getAsJsonObject("primaryMetric");
            double allocated = Optional.ofNullable(result.getAsJsonObject("secondaryMetrics"))
                    .map(secondary -> secondary.getAsJsonObject("gc.alloc.rate.norm"))
                    .map(metric -> metric.get("score").getAsDouble())
                    .orElse(Double.NaN);
            String benchmark = result.get("benchmark").getAsString().replace("dev.m2m.bench.", "");
            double error = primary.get("scoreError").isJsonPrimitive()
                    ? primary.get("scoreError").getAsDouble() : Double.NaN;
            double score = primary.get("score").getAsDouble();
            rows.add(new Row(benchmark, variant, params.get("size").getAsString(), params.get("db").getAsString(),
                    score, error, primary.get("scoreUnit").getAsString(), allocated, iterations(primary, score)));
        }
        rows.sort(Comparator.comparing(Row::db).thenComparing(row -> Size.valueOf(row.size()))
                .thenComparing(Row::benchmark).thenComparing(row -> order(row.variant())));
        return new Results(rows, settings);
    }

    /**
     * The row's score divided by the plain JDBC score of the same operation, size and database, with its
     * interval at {@link Ratio#CONFIDENCE} from both rows' iterations; empty for the floor's own rows.
     */
    Optional<Ratio> ratioToFloor(Row row) {
        if (row.variant().equals(Approach.PLAIN_JDBC.name())) {
            return Optional.empty(); // the floor itself: nothing to compare
        }
        return rows.stream()
                .filter(floor -> floor.variant().equals(Approach.PLAIN_JDBC.name())
                        && floor.benchmark().equals(row.floorOperation())
                        && floor.size().equals(row.size()) && floor.db().equals(row.db()))
                .findFirst()
                .map(floor -> Ratio.of(row.iterations(), floor.iterations(), Ratio.CONFIDENCE));
    }

    /** "floor" on the floor's own rows, else the ratio to it with its interval. */
    String ratioText(Row row) {
        if (row.variant().equals(Approach.PLAIN_JDBC.name())) {
            return "floor";
        }
        return ratioToFloor(row).map(Ratio::withInterval).orElse("-");
    }

    /** Every measured iteration of every fork; a result without them counts as one iteration, its score. */
    private static double[] iterations(JsonObject primary, double score) {
        if (!primary.has("rawData")) {
            return new double[] {score};
        }
        var values = new ArrayList<Double>();
        for (JsonElement fork : primary.getAsJsonArray("rawData")) {
            fork.getAsJsonArray().forEach(value -> values.add(value.getAsDouble()));
        }
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Rows grouped by database and size, in order. */
    Map<String, List<Row>> bySizeAndDb() {
        return rows.stream().collect(Collectors.groupingBy(row -> row.db() + " " + row.size(),
                LinkedHashMap::new, Collectors.toList()));
    }

    private static int order(String variant) {
        for (Approach approach : Approach.values()) {
            if (approach.name().equals(variant)) {
                return approach.ordinal();
            }
        }
        return Approach.values().length + NaiveLoading.valueOf(variant).ordinal();
    }
}
