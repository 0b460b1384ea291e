package dev.m2m.bench;

import dev.m2m.bench.school.CourseProbe;
import dev.m2m.bench.school.Restore;
import dev.m2m.bench.school.StudentProbe;
import java.sql.SQLException;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The deletes of a row that many links point at: a probe course (the 10,000-student one in the
 * committed run; the 100-student one by default, which every size has) and the 9-course probe
 * student. Each invocation deletes, and an invocation-level tear-down, outside the timed part, puts
 * the row and its links back with plain JDBC, so that every invocation deletes the same thing. JMH
 * times around such tear-downs, which is fine for calls of a few hundred microseconds and more.
 */
@State(Scope.Benchmark)
public class DeleteBenchmarks extends Measured {

    @Param("C_100")
    public CourseProbe course;

    @Param("COURSES_9")
    public StudentProbe student;

    private List<Long> courseStudents;
    private List<Long> studentCourses;
    private boolean courseDeleted;
    private boolean studentDeleted;

    /** What each delete takes away, found once: at a million students a scan of the links takes a while. */
    @Setup(Level.Trial)
    public void remember(Trial trial) {
        courseStudents = course.existsIn(trial.size) ? trial.data().studentsOf(course.id()) : List.of();
        studentCourses = trial.data().coursesOf(student.id());
    }

    @Benchmark
    public void deleteCourse(Trial trial) {
        courseDeleted = true;
        trial.workload.deleteCourse(course.requireIn(trial.size).id());
    }

    @Benchmark
    public void deleteStudent(Trial trial) {
        studentDeleted = true;
        trial.workload.deleteStudent(student.id());
    }

    @TearDown(Level.Invocation)
    public void restore(Trial trial) throws SQLException {
        if (courseDeleted) {
            Restore.course(trial.database.dataSource(), trial.data(), course.id(), courseStudents);
            courseDeleted = false;
        }
        if (studentDeleted) {
            Restore.student(trial.database.dataSource(), student.id(), studentCourses);
            studentDeleted = false;
        }
    }

    @TearDown(Level.Iteration)
    public void vacuum(Trial trial) throws SQLException {
        trial.vacuum();
    }
}
