package dev.m2m.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * How many SQL statements each benchmarked operation sends, per approach: counted once, outside the
 * timed runs, by datasource-proxy around the pool (a JDBC batch counts as one). The contract tests
 * assert these numbers; here they explain the times.
 */
final class StatementCounts {

    private StatementCounts() {
    }

    /** "benchmark name" → approach or loading name → statements per operation. */
    static Map<String, Map<String, Integer>> measure(Db db, Size size) throws Exception {
        var counts = new LinkedHashMap<String, Map<String, Integer>>();
        var executions = new AtomicInteger();
        try (var database = BenchDatabase.open(db, size)) {
            var counted = counting(database.dataSource(), executions);
            var data = database.data();
            long student = data.students() / 2;
            long idle = data.idleStudentIds().get(0);
            for (Approach approach : Approach.values()) {
                try (var workload = approach.open(counted)) {
                    Map<String, Consumer<Workload>> operations = new LinkedHashMap<>();
                    operations.put("JoinReadBenchmarks.studentsIn", w -> w.studentsIn(SchoolData.courseName(1)));
                    operations.put("JoinReadBenchmarks.findStudent", w -> w.findStudent(student));
                    operations.put("JoinReadBenchmarks.listStudents",
                            w -> w.listStudents(student, JoinReadBenchmarks.PAGE));
                    operations.put("JoinReadBenchmarks.classmatesOf", w -> w.classmatesOf(student));
                    operations.put("JoinReadBenchmarks.courseStats", Workload::courseStats);
                    operations.put("WriteBenchmarks.enrollThenDrop", w -> {
                        w.enroll(idle, 1);
                        w.drop(idle, 1);
                    });
                    operations.put("WriteBenchmarks.enrollAllThenDrop", w -> {
                        w.enrollAll(idle, List.of(1L, 2L, 3L));
                        List.of(1L, 2L, 3L).forEach(course -> w.drop(idle, course));
                    });
                    for (var operation : operations.entrySet()) {
                        executions.set(0);
                        operation.getValue().accept(workload);
                        counts.computeIfAbsent(operation.getKey(), name -> new LinkedHashMap<>())
                                .put(approach.name(), executions.get());
                    }
                }
            }
            for (NaiveLoading loading : NaiveLoading.values()) {
                var loader = loading.open(counted);
                executions.set(0);
                loader.page().load(student, JoinReadBenchmarks.PAGE);
                counts.computeIfAbsent("NaiveLoadingBenchmarks.listStudents", name -> new LinkedHashMap<>())
                        .put(loading.name(), executions.get());
                loader.close().run();
            }
        }
        try (var database = BenchDatabase.openEmpty(db, size)) {
            var counted = counting(database.dataSource(), executions);
            var school = database.data().toImport();
            for (Approach approach : Approach.values()) {
                try (var workload = approach.open(counted)) {
                    database.empty();
                    executions.set(0);
                    workload.importSchool(school);
                    counts.computeIfAbsent("BulkLoadBenchmarks.importSchool", name -> new LinkedHashMap<>())
                            .put(approach.name(), executions.get());
                }
            }
        }
        return counts;
    }

    private static DataSource counting(DataSource dataSource, AtomicInteger executions) {
        return ProxyDataSourceBuilder.create(dataSource)
                .listener(new QueryExecutionListener() {
                    @Override
                    public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
                    }

                    @Override
                    public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
                        executions.incrementAndGet();
                    }
                })
                .build();
    }
}
