package dev.m2m.bench;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The writes: each invocation enrols one of the idle students (who take nothing) and drops the links
 * again, so the data set is the same after every invocation and no invocation meets a duplicate or a
 * full course. Each is two or four transactions, with the course row locks of a real enrolment.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 4)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class WriteBenchmarks {

    @Param
    public Approach approach;

    @Param("S_1K")
    public Size size;

    @Param("H2")
    public Db db;

    private BenchDatabase database;
    private Workload workload;
    private SplittableRandom random;
    private List<Long> idle;

    @Setup(Level.Trial)
    public void loadTheSchool() throws Exception {
        database = BenchDatabase.open(db, size);
        workload = approach.open(database.dataSource());
        random = new SplittableRandom(11);
        idle = database.data().idleStudentIds();
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        workload.close();
        database.close();
    }

    /** {@code enroll} then {@code drop}: two transactions. */
    @Benchmark
    public long enrollThenDrop() {
        long student = idle.get(random.nextInt(idle.size()));
        long course = 1 + random.nextInt(database.data().courses());
        workload.enroll(student, course);
        workload.drop(student, course);
        return course;
    }

    /** {@code enrollAll} of three courses, then three {@code drop}s: four transactions. */
    @Benchmark
    public long enrollAllThenDrop() {
        long student = idle.get(random.nextInt(idle.size()));
        int courses = database.data().courses();
        long first = 1 + random.nextInt(courses - 2);
        var ids = List.of(first, first + 1, first + 2);
        workload.enrollAll(student, ids);
        for (long course : ids) {
            workload.drop(student, course);
        }
        return first;
    }
}
