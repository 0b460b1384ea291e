package dev.m2m.bench;

import dev.m2m.bench.school.Db;
import dev.m2m.bench.school.Size;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Where every benchmark runs: the data set's size and the database it is loaded into, declared once.
 * {@link Trial} adds the approach measured; the N+1 benchmark adds its way of loading instead.
 */
@State(Scope.Benchmark)
public abstract class OnDataSet {

    @Param("S_1K")
    public Size size;

    @Param("H2")
    public Db db;
}
