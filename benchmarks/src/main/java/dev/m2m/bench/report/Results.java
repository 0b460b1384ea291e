package dev.m2m.bench.report;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.m2m.bench.BenchmarkCatalog;
import dev.m2m.bench.BenchmarkCatalog.Compared;
import dev.m2m.bench.school.Db;
import dev.m2m.bench.school.Size;
import dev.m2m.bench.workload.Implementation;
import dev.m2m.bench.workload.NaiveLoading;
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
public record Results(List<Row> rows, JsonObject settings) {

    /**
     * One benchmark at one set of parameters: its score and JMH's 99.9% error, and the measurement
     * iterations behind them, every fork's (JMH's {@code rawData}).
     */
    record Row(String benchmark, String probe, String variant, String size, String db,
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

        /**
         * "StudentsInBenchmarks.studentsIn" at C_100 → "studentsIn (100 students)"; the N+1 page → "listStudents
         * (N+1)", a Pageable's → "listStudents (Pageable)".
         */
        String operation() {
            String method = method();
            if (entry().compared() == Compared.LOADING) {
                return method + " (" + NaiveLoading.valueOf(variant).kind.label + ")";
            }
            return probe.isEmpty() ? method : method + " (" + probeLabel() + ")";
        }

        String method() {
            return entry().method();
        }

        /** The catalog's entry for this row's benchmark. */
        BenchmarkCatalog entry() {
            return BenchmarkCatalog.named(benchmark);
        }

        /** The probe as a reader says it: "100 students". */
        String probeLabel() {
            return entry().probed().named(probe).label();
        }

        /** What the statement counts of this row are filed under. */
        String countKey() {
            return StatementCounts.key(benchmark, probe);
        }

        /** How many rows the probe's answer has (students, courses or classmates); 0 without a probe. */
        int answerSize() {
            return probe.isEmpty() ? 0 : entry().probed().named(probe).answerSize();
        }

        boolean isBulkLoad() {
            return entry() == BenchmarkCatalog.BULK_LOAD;
        }

        /** The operation the floor is taken from: the N+1 page is compared with the well-loaded page. */
        String floorOperation() {
            return entry().floor().benchmark();
        }
    }

    public static Results read(Path json) throws IOException {
        return read(List.of(json));
    }

    /** Several runs' files as one result (the passes of a full run); the first result's settings describe them. */
    static Results read(List<Path> files) throws IOException {
        var rows = new ArrayList<Row>();
        JsonObject settings = null;
        var elements = new ArrayList<JsonElement>();
        for (Path json : files) {
            JsonParser.parseString(Files.readString(json)).getAsJsonArray().forEach(elements::add);
        }
        for (JsonElement element : elements) {
            var result = element.getAsJsonObject();
            if (settings == null) {
                settings = result;
            }
            var params = new LinkedHashMap<String, String>();
            result.getAsJsonObject("params").entrySet()
                    .forEach(param -> params.put(param.getKey(), param.getValue().getAsString()));
            String benchmark = result.get("benchmark").getAsString().replace("dev.m2m.bench.", "");
            var entry = BenchmarkCatalog.named(benchmark);
            var primary = result.getAsJsonObject("primaryMetric");
            double allocated = Optional.ofNullable(result.getAsJsonObject("secondaryMetrics"))
                    .map(secondary -> secondary.getAsJsonObject("gc.alloc.rate.norm"))
                    .map(metric -> metric.get("score").getAsDouble())
                    .orElse(Double.NaN);
            double error = primary.get("scoreError").isJsonPrimitive()
                    ? primary.get("scoreError").getAsDouble() : Double.NaN;
            double score = primary.get("score").getAsDouble();
            rows.add(new Row(benchmark, entry.probed().in(params), entry.compared().variant(params), params.get("size"),
                    params.get("db"), score, error, primary.get("scoreUnit").getAsString(), allocated,
                    iterations(primary, score)));
        }
        // PostgreSQL first: the database users deploy to
        rows.sort(Comparator.comparing((Row row) -> !row.db().equals(Db.POSTGRES.name()))
                .thenComparing(row -> Size.valueOf(row.size()))
                .thenComparing(Row::entry).thenComparing(Row::answerSize)
                .thenComparing(row -> row.entry().compared().order(row.variant())).thenComparing(Row::variant));
        return new Results(rows, settings);
    }

    /**
     * The row's score divided by the plain JDBC score of the same operation, size and database, with its
     * interval at {@link Ratio#CONFIDENCE} from both rows' iterations; empty for the floor's own rows.
     */
    Optional<Ratio> ratioToFloor(Row row) {
        if (row.variant().equals(Implementation.PLAIN_JDBC.name())) {
            return Optional.empty(); // the floor itself: nothing to compare
        }
        return rows.stream()
                .filter(floor -> floor.variant().equals(Implementation.PLAIN_JDBC.name())
                        && floor.benchmark().equals(row.floorOperation()) && floor.probe().equals(row.probe())
                        && floor.size().equals(row.size()) && floor.db().equals(row.db()))
                .findFirst()
                .map(floor -> Ratio.of(row.iterations(), floor.iterations(), Ratio.CONFIDENCE));
    }

    /** "floor" on the floor's own rows, else the ratio to it with its interval. */
    String ratioText(Row row) {
        if (row.variant().equals(Implementation.PLAIN_JDBC.name())) {
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
}
