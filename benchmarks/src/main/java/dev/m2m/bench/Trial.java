package dev.m2m.bench;

import dev.m2m.bench.school.BenchDatabase;
import dev.m2m.bench.school.Db;
import dev.m2m.bench.school.PostgresImage;
import dev.m2m.bench.school.SchoolData;
import dev.m2m.bench.school.Size;
import dev.m2m.bench.workload.Implementation;
import dev.m2m.bench.workload.Workload;
import java.sql.SQLException;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What every read, write, delete and load benchmark shares: the approach measured, on the data set's size
 * and database ({@link OnDataSet}), loaded once per trial (H2 afresh in memory, PostgreSQL from its kept
 * {@link PostgresImage}), and the approach opened over it.
 */
@State(Scope.Benchmark)
public class Trial extends OnDataSet {

    @Param
    public Implementation approach;

    BenchDatabase database;
    Workload workload;

    @Setup(Level.Trial)
    public void open() throws Exception {
        database = openDatabase();
        workload = approach.open(database.dataSource());
        settle();
    }

    /** The school of this size, loaded; the bulk load's trial opens an empty schema instead. */
    BenchDatabase openDatabase() throws Exception {
        return BenchDatabase.open(db, size);
    }

    /**
     * On PostgreSQL, clears what an earlier trial on the same image left behind (dead rows, dirty pages)
     * before this one is timed: the first run showed an enrol-and-drop costing far more in the trial right
     * after the deletes, while the server wrote out their pages.
     */
    private void settle() throws SQLException {
        vacuum();
        if (db == Db.POSTGRES) {
            try (var connection = database.dataSource().getConnection(); var statement = connection.createStatement()) {
                statement.execute("CHECKPOINT");
            }
        }
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        workload.close();
        database.close();
    }

    /**
     * On PostgreSQL, vacuums the tables the write and delete benchmarks churn. Every invocation leaves dead
     * row versions behind (an enrolment and its drop, a delete and its restore), and autovacuum does not keep
     * up with thousands a second: the index scans of later invocations would wade through them, and a score
     * would grow with the invocations before it (the first measured run showed the same DELETE costing several
     * times as much in the trial that followed another: see docs/11-benchmarks.md). Called between iterations,
     * outside the timed part.
     * H2 drops a deleted row from its indexes when the delete commits.
     */
    void vacuum() throws SQLException {
        if (db != Db.POSTGRES) {
            return;
        }
        try (var connection = database.dataSource().getConnection(); var statement = connection.createStatement()) {
            statement.execute("VACUUM enrollment, course, student");
        }
    }

    /** A trial set up by hand, outside JMH (statement counts, tests), over a database and workload the caller owns. */
    public static Trial over(Implementation approach, Size size, Db db, BenchDatabase database, Workload workload) {
        var trial = new Trial();
        trial.approach = approach;
        trial.size = size;
        trial.db = db;
        trial.database = database;
        trial.workload = workload;
        return trial;
    }

    SchoolData data() {
        return database.data();
    }
}
