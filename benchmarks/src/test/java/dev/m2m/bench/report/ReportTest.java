package dev.m2m.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report on a small recorded result: the page, its counts measured at the result's own size and
 * database, the ratio charts, and the answer-size curve once a read has three probes.
 */
class ReportTest {

    @TempDir
    Path folder;

    @Test
    void shouldWriteThePageTheChartsAndTheReadmeHeadlineFromARecordedResult() throws Exception {
        var results = new ArrayList<String>();
        for (String course : new String[] {"C_10", "C_100"}) {
            results.add(result("StudentsInBenchmarks.studentsIn", "course", course, "PLAIN_JDBC", 20.0));
            results.add(result("StudentsInBenchmarks.studentsIn", "course", course, "JPA", 30.0));
        }
        results.add(result("FindStudentBenchmarks.findStudent", "student", "COURSES_3", "PLAIN_JDBC", 5.0));
        results.add(result("FindStudentBenchmarks.findStudent", "student", "COURSES_3", "MYBATIS", 10.0));
        Path json = folder.resolve("h2-result.json");
        Files.writeString(json, "[" + String.join(",", results) + "]");
        Path docs = Files.createDirectory(folder.resolve("docs"));
        Files.writeString(folder.resolve("README.md"), "top\n" + Headline.START + "\nold\n" + Headline.END + "\n");

        Report.main(new String[] {json.toString(), docs.toString()});

        var page = Files.readString(docs.resolve("benchmarks.md"));
        assertThat(page).contains("## H2, 1,000 students")
                .contains("| studentsIn (10 students) | JPA/Hibernate | 30.0 ± 0.6 | 2% | 1.50x (1.")
                .contains("| findStudent (3 courses) | MyBatis | 10.0 ± 0.2 | 2% | 2.00x (1.")
                .as("one statement per read, counted on H2 at 1,000 students")
                .contains("| 1 |\n");
        assertThat(docs.resolve("benchmarks-H2-S_1K.png")).isNotEmptyFile();
        assertThat(Files.readString(folder.resolve("README.md")))
                .contains("| H2, 1,000 students").contains("| studentsIn (100 students) | 20 us ± 2% | 1.50x (1.")
                .doesNotContain("studentsIn (10 students)").doesNotContain("old");
    }

    private static String result(String benchmark, String param, String probe, String approach, double score) {
        double a = score * 0.99;
        double b = score * 1.01;
        return """
                {"benchmark": "dev.m2m.bench.%s", "forks": 2, "warmupIterations": 6, "warmupTime": "1 s",
                 "measurementIterations": 3, "measurementTime": "500 ms", "threads": 1, "jmhVersion": "1.37",
                 "vmName": "OpenJDK 64-Bit Server VM", "vmVersion": "17", "jvmArgs": ["-Xmx2g"],
                 "params": {"approach": "%s", "size": "S_1K", "db": "H2", "%s": "%s"},
                 "primaryMetric": {"score": %s, "scoreError": %s, "scoreUnit": "us/op",
                                   "rawData": [[%s, %s, %s], [%s, %s, %s]]}}"""
                .formatted(benchmark, approach, param, probe, score, score * 0.02, a, score, b, b, score, a);
    }
}
