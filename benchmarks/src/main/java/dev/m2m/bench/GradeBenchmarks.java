package dev.m2m.bench;

import dev.m2m.bench.school.StudentProbe;
import dev.m2m.core.Grade;
import java.sql.SQLException;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Grading one link of a student of 1, 3 or 9 courses: one transaction, one link changed. Every approach
 * updates one row but Spring Data JDBC, whose save deletes all of the student's links and inserts them
 * again, so its cost grows with the student's courses while the others' stays flat. The grade alternates
 * between two values, so that every call changes the row (JPA skips the update of a value that did not
 * change) and the data set is the same after every second call. Warm-up is 40 s, not {@link Measured}'s 14:
 * with 14, every grade but the floor's was still settling during the measured iterations (see
 * docs/12-spring-data.md, which gives that first run's figures).
 */
@Warmup(iterations = 20, time = 2)
@State(Scope.Benchmark)
public class GradeBenchmarks extends Measured {

    private static final Grade[] GRADES = {Grade.of(70), Grade.of(80)};

    @Param("COURSES_9")
    public StudentProbe student;

    private long course;
    private int calls;

    /** The student's first course, found once. */
    @Setup(Level.Trial)
    public void pick(Trial trial) {
        course = trial.data().coursesOf(student.id()).get(0);
    }

    @Benchmark
    public Grade grade(Trial trial) {
        var grade = GRADES[calls++ & 1];
        trial.workload.grade(student.id(), course, grade);
        return grade;
    }

    @TearDown(Level.Iteration)
    public void vacuum(Trial trial) throws SQLException {
        trial.vacuum();
    }
}
