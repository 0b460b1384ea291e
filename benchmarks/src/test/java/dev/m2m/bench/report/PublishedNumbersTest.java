package dev.m2m.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the numbers the docs quote from a measurement equal to the committed results, as DocsTest keeps
 * the snippets equal to the code. A quoted number sits between two comments that name where it comes from:
 *
 * <pre>
 * &lt;!-- measured: h2-result.json NaiveLoadingBenchmarks.listStudents variant=JPA_LAZY_LOADING
 *      vs ListBenchmarks.listStudents variant=JPA --&gt;3.90x (3.31-4.60)&lt;!-- /measured --&gt;
 * </pre>
 *
 * The file is one of {@code docs/results}; a row is named by its benchmark ({@code Class.method}) and, where
 * the file holds more than one, its {@code variant} (the approach, way of loading, step or form), {@code probe},
 * {@code db} and {@code size}. After {@code vs}, the row it is divided by, which takes the first row's
 * probe, database and size unless it names its own; without {@code vs}, the plain JDBC floor of the same
 * operation, as the report divides. The text is a ratio, {@code 1.9x}, with its 99.9% interval or not,
 * {@code 1.85x (1.66-2.10)}, or a tie, {@code = floor (0.91-1.08)}: the rounding rule is the text's own
 * number of decimals, the interval rounded outwards as the report rounds it. {@code ./docs-update} rewrites
 * every such number from the results.
 */
class PublishedNumbersTest {

    private static final Pattern MEASURED = Pattern.compile(
            "<!-- measured: (\\S+) (.+?) -->(.*?)<!-- /measured -->", Pattern.DOTALL);
    private static final Pattern QUOTED = Pattern.compile(
            "^(= floor|(\\d+(?:\\.(\\d+))?)x)(?: \\((\\d+(?:\\.\\d+)?)-(\\d+(?:\\.\\d+)?)\\))?$");

    private final Path root = projectRoot();
    private final Map<String, Results> results = new HashMap<>();

    @Test
    void shouldQuoteEveryMeasuredNumberAsTheCommittedResultsGiveIt() throws IOException {
        boolean update = Boolean.getBoolean("m2m.docs.update");
        var problems = new ArrayList<String>();
        int quoted = 0;
        for (Path file : markdown()) {
            String text = Files.readString(file);
            Matcher measured = MEASURED.matcher(text);
            var rewritten = new StringBuilder();
            while (measured.find()) {
                quoted++;
                String expected;
                try {
                    expected = render(ratio(measured.group(1), measured.group(2)), measured.group(3));
                } catch (IllegalArgumentException e) {
                    problems.add(root.relativize(file) + ": " + e.getMessage());
                    continue;
                }
                if (!expected.equals(measured.group(3))) {
                    problems.add("%s: %s is %s in %s, not %s".formatted(root.relativize(file), measured.group(2),
                            expected, measured.group(1), measured.group(3)));
                }
                measured.appendReplacement(rewritten, Matcher.quoteReplacement(
                        "<!-- measured: %s %s -->%s<!-- /measured -->".formatted(
                                measured.group(1), measured.group(2), expected)));
            }
            measured.appendTail(rewritten);
            if (update && !rewritten.toString().equals(text)) {
                Files.writeString(file, rewritten.toString());
            }
        }
        assertThat(quoted).as("measured numbers found in the docs").isPositive();
        if (!update) {
            assertThat(problems).as("numbers that differ from docs/results (run ./docs-update)").isEmpty();
        }
    }

    /** The ratio a marker names: its row divided by the row after {@code vs}, or by the floor. */
    private Ratio ratio(String file, String selector) {
        var parts = selector.split("\\s+vs\\s+", 2);
        var results = results(file);
        var numerator = Selector.parse(parts[0], Map.of());
        var row = numerator.single(results, file);
        if (parts.length == 1) {
            return results.ratioToFloor(row)
                    .orElseThrow(() -> new IllegalArgumentException(selector + " has no floor in " + file));
        }
        var inherited = Map.of("probe", row.probe(), "db", row.db(), "size", row.size());
        var denominator = Selector.parse(parts[1], inherited).single(results, file);
        return Ratio.of(row.iterations(), denominator.iterations(), Ratio.CONFIDENCE);
    }

    /** The ratio written as the quoted text writes it: its decimals, its interval or not, a tie as a tie. */
    static String render(Ratio ratio, String quoted) {
        Matcher format = QUOTED.matcher(quoted.strip());
        if (!format.matches()) {
            throw new IllegalArgumentException("\"" + quoted + "\" is not a ratio such as 1.85x (1.66-2.10)");
        }
        boolean withInterval = format.group(4) != null;
        // the rule: as many decimals as the quoted number has (a tie's, as its interval's low end has)
        String model = format.group(2) != null ? format.group(2) : withInterval ? format.group(4) : "0.00";
        int decimals = model.contains(".") ? model.length() - model.indexOf('.') - 1 : 0;
        String head = ratio.tiesTheFloor() && quoted.startsWith("= floor") ? "= floor" : ratio.value(decimals);
        return withInterval ? head + " " + ratio.interval(decimals) : head;
    }

    private Results results(String file) {
        return results.computeIfAbsent(file, name -> {
            try {
                return Results.read(root.resolve("docs/results").resolve(name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A row named by its benchmark and the fields given: variant, probe, db, size. */
    private record Selector(String benchmark, Map<String, String> fields) {

        static Selector parse(String text, Map<String, String> inherited) {
            var words = text.strip().split("\\s+");
            var fields = new LinkedHashMap<>(inherited);
            for (int i = 1; i < words.length; i++) {
                var pair = words[i].split("=", 2);
                if (pair.length != 2 || !List.of("variant", "probe", "db", "size").contains(pair[0])) {
                    throw new IllegalArgumentException("\"" + words[i] + "\" in \"" + text
                            + "\" is not variant=, probe=, db= or size=");
                }
                fields.put(pair[0], pair[1]);
            }
            return new Selector(words[0], fields);
        }

        Results.Row single(Results results, String file) {
            Predicate<Results.Row> matches = row -> row.benchmark().equals(benchmark)
                    && fields.entrySet().stream().allMatch(field -> field.getValue().equals(switch (field.getKey()) {
                        case "variant" -> row.variant();
                        case "probe" -> row.probe();
                        case "db" -> row.db();
                        default -> row.size();
                    }));
            var found = results.rows().stream().filter(matches).toList();
            if (found.size() != 1) {
                throw new IllegalArgumentException("%s %s names %d rows of %s, not one"
                        .formatted(benchmark, fields, found.size(), file));
            }
            return found.get(0);
        }
    }

    private List<Path> markdown() throws IOException {
        try (Stream<Path> docs = Files.walk(root.resolve("docs"))) {
            return Stream.concat(Stream.of(root.resolve("README.md")),
                    docs.filter(path -> path.toString().endsWith(".md")).sorted()).toList();
        }
    }

    private static Path projectRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("docs/results"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no project root above " + Path.of("").toAbsolutePath());
    }
}
