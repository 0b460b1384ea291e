package dev.m2m.bench;

import dev.m2m.bench.school.CourseProbe;
import java.sql.SQLException;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The writes: an idle student (who takes nothing) is enrolled and dropped again, so the data set is
 * the same after every invocation and no invocation meets a duplicate or a full course. The courses
 * are fixed, as the reads' inputs are: the 10- and 100-student probe courses and the smallest
 * background course, so that the seat count under the lock counts the same rows every time. Each
 * invocation is two or four transactions, with the row locks of a real enrolment.
 */
@State(Scope.Benchmark)
public class WriteBenchmarks extends Measured {

    private long student;
    private List<Long> courses;

    @Setup(Level.Trial)
    public void pick(Trial trial) {
        student = trial.data().idleStudentIds().get(0);
        courses = List.of(CourseProbe.C_10.id(), CourseProbe.C_100.id(), (long) trial.data().courses());
    }

    /** {@code enroll} then {@code drop}: two transactions. */
    @Benchmark
    public long enrollThenDrop(Trial trial) {
        long course = CourseProbe.C_100.id();
        trial.workload.enroll(student, course);
        trial.workload.drop(student, course);
        return course;
    }

    /** {@code enrollAll} of three courses, then three {@code drop}s: four transactions. */
    @Benchmark
    public long enrollAllThenDrop(Trial trial) {
        trial.workload.enrollAll(student, courses);
        for (long course : courses) {
            trial.workload.drop(student, course);
        }
        return student;
    }

    @TearDown(Level.Iteration)
    public void vacuum(Trial trial) throws SQLException {
        trial.vacuum();
    }
}
