package dev.m2m.bench;

import dev.m2m.bench.school.BenchDatabase;
import dev.m2m.bench.school.CourseProbe;
import dev.m2m.jooq.showcase.WideParentReads;
import dev.m2m.jooq.showcase.WideParentReads.DescribedCourse;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * A wide parent with many children, the case MULTISET is made for: a probe course read with a description
 * of {@code width} characters and its students, through jOOQ, nested ({@code MULTISET}: the description sent
 * once) or as a flat join (sent on every student's row). The two forms are compared with each other, not
 * with the floor: the floor's read has no description. The defaults are the smallest run; chapter 13 gives
 * the command it measured.
 */
public class WideParentBenchmarks extends Measured {

    /** The two ways to read the wide course. */
    public enum Form {
        MULTISET {
            @Override
            DescribedCourse read(WideParentReads reads, long courseId, int width) {
                return reads.findCourseNested(courseId, width).orElseThrow();
            }
        },
        FLAT_JOIN {
            @Override
            DescribedCourse read(WideParentReads reads, long courseId, int width) {
                return reads.findCourseFlat(courseId, width).orElseThrow();
            }
        };

        abstract DescribedCourse read(WideParentReads reads, long courseId, int width);
    }

    /** The school of a size, loaded, and jOOQ's wide-parent reads over it. */
    @State(Scope.Benchmark)
    public static class WideCourse extends OnDataSet {

        @Param({"MULTISET", "FLAT_JOIN"})
        public Form form;

        @Param("C_100")
        public CourseProbe course;

        /** The description's length in characters. */
        @Param("1000")
        public int width;

        private BenchDatabase database;
        private WideParentReads reads;
        private long courseId;

        @Setup(Level.Trial)
        public void loadTheSchool() throws Exception {
            database = BenchDatabase.open(db, size);
            reads = new WideParentReads(database.dataSource());
            courseId = course.requireIn(size).id();
        }

        @TearDown(Level.Trial)
        public void close() throws Exception {
            database.close();
        }
    }

    @Benchmark
    public DescribedCourse findCourse(WideCourse wide) {
        return wide.form.read(wide.reads, wide.courseId, wide.width);
    }
}
