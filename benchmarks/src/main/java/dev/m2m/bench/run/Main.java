package dev.m2m.bench.run;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonParser;
import dev.m2m.bench.report.Results;
import dev.m2m.bench.report.Summary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
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
            var options = new OptionsBuilder().forks(pass.forks).addProfiler(GCProfiler.class)
                    .resultFormat(ResultFormatType.JSON).result(part.toString());
            run.includes().forEach(options::include);
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
        Summary.print(Results.read(result));
        System.out.printf("""

                Raw results: %s. Turn them (with other passes' files) into docs/benchmarks.md and its charts with:
                  java -cp benchmarks/target/benchmarks.jar dev.m2m.bench.report.Report %s docs%n""",
                result.toAbsolutePath(), result);
    }
}
