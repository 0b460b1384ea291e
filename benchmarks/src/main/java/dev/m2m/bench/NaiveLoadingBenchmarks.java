package dev.m2m.bench;

import dev.m2m.core.StudentWithCourses;
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
 * What the N+1 costs: the same page of 50 students with their courses as
 * {@link JoinReadBenchmarks#listStudents()}, loaded with one query per student. Compare the scores
 * with that benchmark's (same size, same database).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 4)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class NaiveLoadingBenchmarks {

    @Param
    public NaiveLoading loading;

    @Param("S_1K")
    public Size size;

    @Param("H2")
    public Db db;

    private BenchDatabase database;
    private NaiveLoading.PageLoader loader;
    private SplittableRandom random;

    @Setup(Level.Trial)
    public void loadTheSchool() throws Exception {
        database = BenchDatabase.open(db, size);
        loader = loading.open(database.dataSource());
        random = new SplittableRandom(7);
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        loader.close().run();
        database.close();
    }

    @Benchmark
    public List<StudentWithCourses> listStudents() {
        int page = JoinReadBenchmarks.PAGE;
        return loader.page().load(random.nextInt(database.data().students() - page), page);
    }
}
