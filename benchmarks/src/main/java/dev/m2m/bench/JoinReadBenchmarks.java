package dev.m2m.bench;

import dev.m2m.core.CourseStats;
import dev.m2m.core.Student;
import dev.m2m.core.StudentWithCourses;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The join reads of the contract, through every approach, over the same data. Each invocation picks
 * its input at random from the data set (a course name, a student, a page), so every approach sees
 * the same mix of small and large courses. Warm-up is 16 s: Hibernate and MyBatis need about that
 * long on 2 cores before their scores settle.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 4)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class JoinReadBenchmarks {

    /** Students on a page of {@code listStudents}, as a screen would show them. */
    static final int PAGE = 50;

    @Param
    public Approach approach;

    @Param("S_1K")
    public Size size;

    @Param("H2")
    public Db db;

    private BenchDatabase database;
    private Workload workload;
    private SplittableRandom random;

    @Setup(Level.Trial)
    public void loadTheSchool() throws Exception {
        database = BenchDatabase.open(db, size);
        workload = approach.open(database.dataSource());
        random = new SplittableRandom(7);
    }

    @TearDown(Level.Trial)
    public void close() throws Exception {
        workload.close();
        database.close();
    }

    /** The seed's question, "who takes this course?", for a course picked at random. */
    @Benchmark
    public List<Student> studentsIn() {
        return workload.studentsIn(SchoolData.courseName(1 + random.nextInt(database.data().courses())));
    }

    @Benchmark
    public StudentWithCourses findStudent() {
        return workload.findStudent(1 + random.nextInt(database.data().students()));
    }

    @Benchmark
    public List<StudentWithCourses> listStudents() {
        return workload.listStudents(random.nextInt(database.data().students() - PAGE), PAGE);
    }

    @Benchmark
    public List<Student> classmatesOf() {
        return workload.classmatesOf(1 + random.nextInt(database.data().students()));
    }

    @Benchmark
    public List<CourseStats> courseStats() {
        return workload.courseStats();
    }
}
