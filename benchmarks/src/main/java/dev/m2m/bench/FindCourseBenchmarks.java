package dev.m2m.bench;

import dev.m2m.bench.school.CourseProbe;
import dev.m2m.core.CourseWithStudents;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One course with all its students, for a {@link CourseProbe}: a parent with exactly 10 to 10,000
 * children, where nesting the children in the parent's row (jOOQ's MULTISET) and repeating the parent's
 * columns on every child's row (a flat join) part ways. The default runs the two that every size has.
 */
@State(Scope.Benchmark)
public class FindCourseBenchmarks extends Measured {

    @Param({"C_10", "C_100"})
    public CourseProbe course;

    private long id;

    @Setup(Level.Trial)
    public void pick(Trial trial) {
        id = course.requireIn(trial.size).id();
    }

    @Benchmark
    public CourseWithStudents findCourse(Trial trial) {
        return trial.workload.findCourse(id);
    }
}
