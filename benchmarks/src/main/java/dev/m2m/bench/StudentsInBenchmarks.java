package dev.m2m.bench;

import dev.m2m.bench.school.CourseProbe;
import dev.m2m.bench.school.SchoolData;
import dev.m2m.core.Student;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The seed's question, "who takes this course?", for a {@link CourseProbe}: a course of exactly 10,
 * 100, 1,000 or 10,000 students, so that a score is one query with one answer size. The default runs
 * the two that every size has.
 */
@State(Scope.Benchmark)
public class StudentsInBenchmarks extends Measured {

    @Param({"C_10", "C_100"})
    public CourseProbe course;

    private String name;

    @Setup(Level.Trial)
    public void pick(Trial trial) {
        name = SchoolData.courseName(course.requireIn(trial.size).id());
    }

    @Benchmark
    public List<Student> studentsIn(Trial trial) {
        return trial.workload.studentsIn(name);
    }
}
