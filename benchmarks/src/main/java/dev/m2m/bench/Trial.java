package dev.m2m.bench;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What every read, write and delete benchmark shares: the approach measured, the data set's size and
 * the database, loaded once per trial (H2 afresh in memory, PostgreSQL from its kept
 * {@link PostgresImage}), and the approach opened over it.
 */
@State(Scope.Benchmark)
public class Trial {

    @Param
    public Approach approach;

    @Param("S_1K")
    public Size size;

    @Param("H2")
    public Db db;

    BenchDatabase database;
    Workload workload;

    @Setup(Level.Trial)
    public void open() throws Exception {
        database = BenchDatabase.open(db, size);
        workload = approach.open(database.dataSource());
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        workload.close();
        database.close();
    }

    SchoolData data() {
        return database.data();
    }
}
