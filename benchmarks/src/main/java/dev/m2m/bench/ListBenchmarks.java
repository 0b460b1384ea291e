package dev.m2m.bench;

import dev.m2m.bench.school.SchoolData;
import dev.m2m.core.CourseStats;
import dev.m2m.core.StudentWithCourses;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;

/**
 * The two reads whose input is fixed by the school itself: a page of {@link SchoolData#PAGE} students
 * with their courses from the middle of the school (about 250 join rows), and every course with its
 * head count (one row per course: 52 to 50,004, with the size).
 */
public class ListBenchmarks extends Measured {

    @Benchmark
    public List<StudentWithCourses> listStudents(Trial trial) {
        return trial.workload.listStudents(trial.data().pageAfter(), SchoolData.PAGE);
    }

    @Benchmark
    public List<CourseStats> courseStats(Trial trial) {
        return trial.workload.courseStats();
    }
}
