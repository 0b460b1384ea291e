package dev.m2m.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;

/** The catalog names every benchmark JMH finds, once each, and each entry's pattern selects it alone. */
class BenchmarkCatalogTest {

    private static final List<String> JMH_NAMES = BenchmarkList.defaultList()
            .getAll(OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT), List.of())
            .stream().map(BenchmarkListEntry::getUsername).distinct().sorted().toList();

    @Test
    void shouldNameEveryBenchmarkOnce() {
        assertThat(Arrays.stream(BenchmarkCatalog.values()).map(entry -> "dev.m2m.bench." + entry.benchmark()))
                .containsExactlyInAnyOrderElementsOf(JMH_NAMES);
    }

    @Test
    void shouldSelectEachBenchmarkAloneAndReadItsNameBack() throws Exception {
        for (BenchmarkCatalog entry : BenchmarkCatalog.values()) {
            var include = Pattern.compile(entry.include());
            assertThat(JMH_NAMES.stream().filter(name -> include.matcher(name).find())).as(entry.name())
                    .containsExactly("dev.m2m.bench." + entry.benchmark());
            assertThat(BenchmarkCatalog.named(entry.benchmark())).isEqualTo(entry);
            var benchmarkClass = Class.forName("dev.m2m.bench." + entry.benchmark().replace("." + entry.method(), ""));
            var methods = Arrays.stream(benchmarkClass.getMethods())
                    .filter(method -> method.getName().equals(entry.method()));
            assertThat(methods).as(entry.name()).singleElement()
                    .satisfies(method -> assertThat(method.isAnnotationPresent(Benchmark.class)).isTrue());
        }
    }
}
