package dev.m2m.bench.report;

import dev.m2m.bench.school.CourseProbe;
import dev.m2m.bench.school.DataSets;
import dev.m2m.bench.school.Size;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Properties;

/** The report's last section: the machine, JDK, JMH settings, library and database versions, and data sets. */
final class Environment {

    private Environment() {
    }

    static String describe(Results results) throws IOException {
        var settings = results.settings();
        var versions = new Properties();
        try (InputStream in = Environment.class.getResourceAsStream("/versions.properties")) {
            versions.load(in);
        }
        var text = new StringBuilder("## What produced these numbers\n\n");
        text.append("- machine: %s, %d cores seen by the JVM, %s of memory; %s %s (%s)\n".formatted(
                cpu(), Runtime.getRuntime().availableProcessors(), memory(),
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("os.arch")));
        text.append("- JDK: %s %s; JMH %s, %d fork(s), %d warm-up iterations of %s, %d measured of %s, %d thread(s)\n"
                .formatted(settings.get("vmName").getAsString(), settings.get("vmVersion").getAsString(),
                        settings.get("jmhVersion").getAsString(), settings.get("forks").getAsInt(),
                        settings.get("warmupIterations").getAsInt(), settings.get("warmupTime").getAsString(),
                        settings.get("measurementIterations").getAsInt(), settings.get("measurementTime").getAsString(),
                        settings.get("threads").getAsInt()));
        text.append("- JVM options: `%s`\n".formatted(String.join(" ",
                settings.getAsJsonArray("jvmArgs").asList().stream().map(arg -> arg.getAsString()).toList())));
        text.append("- libraries: Hibernate ORM %s, MyBatis %s, Spring Framework %s, HikariCP %s\n".formatted(
                versions.get("hibernate"), versions.get("mybatis"), versions.get("spring"), versions.get("hikaricp")));
        text.append("- databases: H2 %s in memory; PostgreSQL %s (embedded, io.zonky.test), JDBC driver %s\n".formatted(
                versions.get("h2"), versions.get("postgresql-server"), versions.get("postgresql-jdbc")));
        text.append("- data sets (seeded, the same on every run):\n");
        var sizes = new LinkedHashSet<String>();
        results.rows().forEach(row -> sizes.add(row.size()));
        for (String size : sizes) {
            var data = DataSets.of(size);
            text.append("  - %s: %,d students (and %,d idle ones for the writes), %,d courses, %,d links; probes: %s\n"
                    .formatted(size, data.students(), data.idleStudents(), data.courses(), data.links().size(),
                            String.join(", ", Arrays.stream(CourseProbe.values()).filter(probe -> probe.existsIn(
                                    Size.valueOf(size))).map(probe -> "a course of " + probe.label()).toList())));
        }
        return text.toString();
    }

    private static String cpu() throws IOException {
        var cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.exists(cpuinfo)) {
            for (String line : Files.readAllLines(cpuinfo)) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        }
        return "unknown CPU";
    }

    private static String memory() throws IOException {
        var meminfo = Path.of("/proc/meminfo");
        if (Files.exists(meminfo)) {
            for (String line : Files.readAllLines(meminfo)) {
                if (line.startsWith("MemTotal")) {
                    long kilobytes = Long.parseLong(line.replaceAll("\\D", ""));
                    return "%.0f GiB".formatted(kilobytes / 1024.0 / 1024.0);
                }
            }
        }
        return "unknown amount";
    }
}
