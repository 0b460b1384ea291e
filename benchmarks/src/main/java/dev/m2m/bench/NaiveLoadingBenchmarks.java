package dev.m2m.bench;

import dev.m2m.bench.school.BenchDatabase;
import dev.m2m.bench.school.SchoolData;
import dev.m2m.bench.workload.NaiveLoading;
import dev.m2m.core.StudentWithCourses;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What the N+1 costs: the same page of 50 students with their courses as
 * {@link ListBenchmarks#listStudents}, loaded with one query per student. Compare the scores
 * with that benchmark's (same size, same database).
 */
public class NaiveLoadingBenchmarks extends Measured {

    /** The school of a size, loaded, and a page loader of one {@link NaiveLoading} over it. */
    @State(Scope.Benchmark)
    public static class NaivePage extends OnDataSet {

        @Param
        public NaiveLoading loading;

        private BenchDatabase database;
        private NaiveLoading.PageLoader loader;

        @Setup(Level.Trial)
        public void loadTheSchool() throws Exception {
            database = BenchDatabase.open(db, size);
            loader = loading.open(database.dataSource());
        }

        @TearDown(Level.Trial)
        public void close() throws Exception {
            loader.close().run();
            database.close();
        }
    }

    @Benchmark
    public List<StudentWithCourses> listStudents(NaivePage page) {
        return page.loader.page().load(page.database.data().pageAfter(), SchoolData.PAGE);
    }
}
