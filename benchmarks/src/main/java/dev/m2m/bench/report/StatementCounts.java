package dev.m2m.bench.report;

import static dev.m2m.bench.BenchmarkCatalog.BULK_LOAD;
import static dev.m2m.bench.BenchmarkCatalog.CLASSMATES_OF;
import static dev.m2m.bench.BenchmarkCatalog.COURSE_STATS;
import static dev.m2m.bench.BenchmarkCatalog.DELETE_COURSE;
import static dev.m2m.bench.BenchmarkCatalog.DELETE_STUDENT;
import static dev.m2m.bench.BenchmarkCatalog.ENROLL_ALL_THEN_DROP;
import static dev.m2m.bench.BenchmarkCatalog.ENROLL_THEN_DROP;
import static dev.m2m.bench.BenchmarkCatalog.FIND_COURSE;
import static dev.m2m.bench.BenchmarkCatalog.FIND_STUDENT;
import static dev.m2m.bench.BenchmarkCatalog.GRADE;
import static dev.m2m.bench.BenchmarkCatalog.LIST_STUDENTS;
import static dev.m2m.bench.BenchmarkCatalog.NAIVE_LOADING;
import static dev.m2m.bench.BenchmarkCatalog.STUDENTS_IN;

import dev.m2m.bench.BenchmarkCatalog;
import dev.m2m.bench.ClassmatesBenchmarks;
import dev.m2m.bench.DeleteBenchmarks;
import dev.m2m.bench.FindCourseBenchmarks;
import dev.m2m.bench.FindStudentBenchmarks;
import dev.m2m.bench.GradeBenchmarks;
import dev.m2m.bench.ListBenchmarks;
import dev.m2m.bench.StudentsInBenchmarks;
import dev.m2m.bench.Trial;
import dev.m2m.bench.WriteBenchmarks;
import dev.m2m.bench.school.BenchDatabase;
import dev.m2m.bench.school.ClassmatesProbe;
import dev.m2m.bench.school.CourseProbe;
import dev.m2m.bench.school.Db;
import dev.m2m.bench.school.RoundTripCounter;
import dev.m2m.bench.school.SchoolData;
import dev.m2m.bench.school.Size;
import dev.m2m.bench.school.StudentProbe;
import dev.m2m.bench.workload.Implementation;
import dev.m2m.bench.workload.NaiveLoading;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * What each benchmarked call sends, per approach, at one size and database: SQL statements, counted by
 * datasource-proxy around the pool (a JDBC batch counts as one), and on PostgreSQL round trips too,
 * counted by a {@link RoundTripCounter} between the driver and the server (statements plus the
 * commits and resets the driver and the pool send). Counted once, outside the timed runs, by calling
 * the benchmark methods themselves on every probe that exists at the size. The contract tests assert
 * the statement counts; here they explain the times.
 */
public final class StatementCounts {

    /** One call's traffic; {@code roundTrips} is null on H2, which runs in the JVM and has no network. */
    record Count(int statements, Integer roundTrips) {

        String text() {
            return roundTrips == null ? Integer.toString(statements) : statements + " / " + roundTrips;
        }
    }

    private StatementCounts() {
    }

    /** The key of a row: the benchmark and, for the probed ones, its probe ("StudentsInBenchmarks.studentsIn C_100"). */
    static String key(String benchmark, String probe) {
        return probe.isEmpty() ? benchmark : benchmark + " " + probe;
    }

    /** {@link #measure(Db, Size, boolean)} at a result group's database and size ("H2 S_1K"), saying so first. */
    static Map<String, Map<String, Count>> measure(String group, boolean bulkLoad) throws Exception {
        System.out.println("Counting the statements each operation sends on " + group + " ...");
        var parts = group.split(" ");
        return measure(Db.valueOf(parts[0]), Size.valueOf(parts[1]), bulkLoad);
    }

    /** {@link #key} → approach or loading name → what one call sends; the bulk load only when asked (it loads the school again). */
    static Map<String, Map<String, Count>> measure(Db db, Size size, boolean bulkLoad) throws Exception {
        var counts = new LinkedHashMap<String, Map<String, Count>>();
        var statements = new AtomicInteger();
        try (var database = BenchDatabase.open(db, size);
             var roundTrips = database.roundTripCounter()) {
            var counted = counting(database.countedDataSource(roundTrips), statements);
            for (Implementation approach : Implementation.values()) {
                try (var workload = approach.open(counted)) {
                    var trial = Trial.over(approach, size, db, database, workload);
                    var meter = new Meter(counts, approach.name(), statements, roundTrips);
                    for (CourseProbe course : CourseProbe.values()) {
                        if (course.existsIn(size)) {
                            var studentsIn = new StudentsInBenchmarks();
                            studentsIn.course = course;
                            studentsIn.pick(trial);
                            meter.count(STUDENTS_IN, course.name(), () -> studentsIn.studentsIn(trial));
                            var findCourse = new FindCourseBenchmarks();
                            findCourse.course = course;
                            findCourse.pick(trial);
                            meter.count(FIND_COURSE, course.name(), () -> findCourse.findCourse(trial));
                        }
                    }
                    for (StudentProbe student : StudentProbe.values()) {
                        var benchmark = new FindStudentBenchmarks();
                        benchmark.student = student;
                        meter.count(FIND_STUDENT, student.name(), () -> benchmark.findStudent(trial));
                    }
                    for (ClassmatesProbe classmates : ClassmatesProbe.values()) {
                        if (classmates.existsIn(size)) {
                            var benchmark = new ClassmatesBenchmarks();
                            benchmark.classmates = classmates;
                            meter.count(CLASSMATES_OF, classmates.name(),
                                    () -> benchmark.classmatesOf(trial));
                        }
                    }
                    var lists = new ListBenchmarks();
                    meter.count(LIST_STUDENTS, "", () -> lists.listStudents(trial));
                    meter.count(COURSE_STATS, "", () -> lists.courseStats(trial));
                    var writes = new WriteBenchmarks();
                    writes.pick(trial);
                    meter.count(ENROLL_THEN_DROP, "", () -> writes.enrollThenDrop(trial));
                    meter.count(ENROLL_ALL_THEN_DROP, "", () -> writes.enrollAllThenDrop(trial));
                    for (StudentProbe student : StudentProbe.values()) {
                        var grades = new GradeBenchmarks();
                        grades.student = student;
                        grades.pick(trial);
                        meter.count(GRADE, student.name(), () -> grades.grade(trial));
                    }
                    for (CourseProbe course : CourseProbe.values()) {
                        if (course.existsIn(size)) {
                            var deletes = new DeleteBenchmarks();
                            deletes.course = course;
                            deletes.student = StudentProbe.COURSES_9;
                            deletes.remember(trial);
                            meter.count(DELETE_COURSE, course.name(), () -> deletes.deleteCourse(trial));
                            deletes.restore(trial);
                        }
                    }
                    for (StudentProbe student : StudentProbe.values()) {
                        var deletes = new DeleteBenchmarks();
                        deletes.course = CourseProbe.C_10;
                        deletes.student = student;
                        deletes.remember(trial);
                        meter.count(DELETE_STUDENT, student.name(), () -> deletes.deleteStudent(trial));
                        deletes.restore(trial);
                    }
                }
            }
            for (NaiveLoading loading : NaiveLoading.values()) {
                var loader = loading.open(counted);
                new Meter(counts, loading.name(), statements, roundTrips).count(NAIVE_LOADING, "",
                        () -> loader.page().load(database.data().pageAfter(), SchoolData.PAGE));
                loader.close().run();
            }
        }
        if (bulkLoad) {
            countBulkLoads(db, size, counts, statements);
        }
        return counts;
    }

    private static void countBulkLoads(Db db, Size size, Map<String, Map<String, Count>> counts,
                                       AtomicInteger statements) throws Exception {
        try (var database = BenchDatabase.openEmpty(db, size);
             var roundTrips = database.roundTripCounter()) {
            var counted = counting(database.countedDataSource(roundTrips), statements);
            var school = database.data().toImport();
            for (Implementation approach : Implementation.values()) {
                try (var workload = approach.open(counted)) {
                    database.empty();
                    new Meter(counts, approach.name(), statements, roundTrips)
                            .count(BULK_LOAD, "", () -> workload.importSchool(school));
                }
            }
        }
    }

    private interface Call {
        void run() throws Exception;
    }

    /** Runs one call with the counters at zero and files what it sent. */
    private record Meter(Map<String, Map<String, Count>> counts, String variant, AtomicInteger statements,
                         RoundTripCounter roundTrips) {

        void count(BenchmarkCatalog benchmark, String probe, Call call) throws Exception {
            statements.set(0);
            if (roundTrips != null) {
                roundTrips.reset();
            }
            call.run();
            counts.computeIfAbsent(key(benchmark.benchmark(), probe), any -> new LinkedHashMap<>())
                    .put(variant, new Count(statements.get(), roundTrips == null ? null : roundTrips.count()));
        }
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
