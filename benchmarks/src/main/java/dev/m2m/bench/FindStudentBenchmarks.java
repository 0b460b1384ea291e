package dev.m2m.bench;

import dev.m2m.bench.school.StudentProbe;
import dev.m2m.core.StudentWithCourses;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** One student with their courses, for a {@link StudentProbe}: exactly 1, 3 or 9 courses. */
@State(Scope.Benchmark)
public class FindStudentBenchmarks extends Measured {

    @Param({"COURSES_1", "COURSES_3", "COURSES_9"})
    public StudentProbe student;

    @Benchmark
    public StudentWithCourses findStudent(Trial trial) {
        return trial.workload.findStudent(student.id());
    }
}
