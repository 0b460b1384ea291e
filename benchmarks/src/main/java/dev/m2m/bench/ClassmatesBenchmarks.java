package dev.m2m.bench;

import dev.m2m.bench.school.ClassmatesProbe;
import dev.m2m.core.Student;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Everyone who shares a course with a {@link ClassmatesProbe}: 99 classmates, or 9,999 where the
 * 10,000-student course exists. The self-join of the association table, with DISTINCT.
 */
@State(Scope.Benchmark)
public class ClassmatesBenchmarks extends Measured {

    @Param("ABOUT_100")
    public ClassmatesProbe classmates;

    @Setup(Level.Trial)
    public void check(Trial trial) {
        classmates.requireIn(trial.size);
    }

    @Benchmark
    public List<Student> classmatesOf(Trial trial) {
        return trial.workload.classmatesOf(classmates.id());
    }
}
