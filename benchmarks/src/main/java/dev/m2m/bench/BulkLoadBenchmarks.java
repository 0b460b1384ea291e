package dev.m2m.bench;

import dev.m2m.bench.school.BenchDatabase;
import dev.m2m.core.ImportedSchool;
import dev.m2m.core.SchoolImport;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The bulk load: the whole data set of a size (students, courses, links) stored by
 * {@code importSchool}, each approach through its own batch path, into an empty schema. One
 * invocation is one load; the schema is emptied before each, outside the timed part (an
 * invocation-level setup, which JMH times around: fine for calls of tens of milliseconds and more).
 * Warm-up is by time, as for the reads: a fixed count of single loads left the small data set's
 * scores jumping as the JIT finished its work. Iterations of a second, not half: a load of the
 * 10,000-student school takes a good part of one. The report turns the time into rows per second.
 */
@Measurement(iterations = 10, time = 1)
@State(Scope.Benchmark)
public class BulkLoadBenchmarks extends Measured {

    /** A {@link Trial} over an empty schema, emptied again before each load. */
    @State(Scope.Benchmark)
    public static class EmptySchema extends Trial {

        @Override
        BenchDatabase openDatabase() throws Exception {
            return BenchDatabase.openEmpty(db, size);
        }

        @Setup(Level.Invocation)
        public void emptyIt() throws Exception {
            database.empty();
        }
    }

    private SchoolImport school;

    @Setup(Level.Trial)
    public void prepareTheImport(EmptySchema trial) {
        school = trial.data().toImport();
    }

    @Benchmark
    public ImportedSchool importSchool(EmptySchema trial) {
        return trial.workload.importSchool(school);
    }
}
