package dev.m2m.bench;

import dev.m2m.bench.school.BenchDatabase;
import dev.m2m.bench.school.CourseProbe;
import dev.m2m.bench.school.SchoolData;
import dev.m2m.bench.school.StudentProbe;
import dev.m2m.bench.workload.JooqRenderedOnceWorkload;
import dev.m2m.bench.workload.PlainJdbcWorkload;
import dev.m2m.bench.workload.RegistrarWorkload;
import dev.m2m.bench.workload.UnparsedMultiset;
import dev.m2m.bench.workload.Workload;
import dev.m2m.jooq.JooqRegistrar;
import java.util.function.BiFunction;
import java.util.function.LongFunction;
import org.jooq.conf.NestedCollectionEmulation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Where a MULTISET read's time goes, step by step from the floor: the same three graph reads, first as the
 * floor's flat join, then as jOOQ's MULTISET SQL sent through plain JDBC with the nested JSON read as text
 * (JSONB, jOOQ's default on PostgreSQL, and JSON, the registrar's), then that SQL parsed into records by jOOQ
 * (rendered once), then the registrar (built and rendered at every call). Each step adds one cost to the one
 * before; all run in the floor's kind of transaction, one statement each. The defaults are the smallest
 * run; chapter 13 gives the command it measured.
 */
public class MultisetCostBenchmarks extends Measured {

    /** The steps, each adding one cost to the one before. */
    public enum Step {
        /** The floor: the flat join, folded by hand (the parent's columns on every child's row). */
        FLOOR {
            @Override
            GraphReads open(BenchDatabase database) {
                return GraphReads.of(new PlainJdbcWorkload(database.dataSource(), false));
            }
        },
        /** jOOQ's MULTISET SQL with its default nesting on PostgreSQL, JSONB, without jOOQ: the JSON read as text. */
        SQL_JSONB {
            @Override
            GraphReads open(BenchDatabase database) {
                return GraphReads.of(new UnparsedMultiset(database.dataSource(), NestedCollectionEmulation.JSONB));
            }
        },
        /** The registrar's MULTISET SQL, nested as JSON, without jOOQ: the JSON read as text. */
        SQL_JSON {
            @Override
            GraphReads open(BenchDatabase database) {
                return GraphReads.of(new UnparsedMultiset(database.dataSource(), NestedCollectionEmulation.JSON));
            }
        },
        /** The same SQL run by jOOQ, rendered once: the JSON parsed into records and mapped to the domain's. */
        PARSED {
            @Override
            GraphReads open(BenchDatabase database) {
                return GraphReads.of(new JooqRenderedOnceWorkload(database.dataSource()));
            }
        },
        /** The registrar: the same again, the query built and rendered at every call. */
        REGISTRAR {
            @Override
            GraphReads open(BenchDatabase database) {
                return GraphReads.of(new RegistrarWorkload(JooqRegistrar.create(database.dataSource())));
            }
        };

        abstract GraphReads open(BenchDatabase database);
    }

    /** The three graph reads, whatever each step returns for them, and what closes them. */
    record GraphReads(LongFunction<Object> findStudent, LongFunction<Object> findCourse,
                      BiFunction<Long, Integer, Object> listStudents, Runnable close) {

        static GraphReads of(Workload workload) {
            return new GraphReads(workload::findStudent, workload::findCourse, workload::listStudents, workload::close);
        }

        static GraphReads of(UnparsedMultiset unparsed) {
            // nothing of its own to close: the DataSource is the trial's
            return new GraphReads(unparsed::findStudent, unparsed::findCourse, unparsed::listStudents, () -> { });
        }
    }

    /** The school of a size, loaded, and one step's reads over it. */
    @State(Scope.Benchmark)
    public static class Ladder extends OnDataSet {

        @Param({"FLOOR", "SQL_JSONB", "SQL_JSON", "PARSED", "REGISTRAR"})
        public Step step;

        BenchDatabase database;
        GraphReads reads;

        @Setup(Level.Trial)
        public void open() throws Exception {
            database = BenchDatabase.open(db, size);
            reads = step.open(database);
        }

        @TearDown(Level.Trial)
        public void close() throws Exception {
            reads.close().run();
            database.close();
        }
    }

    /** A student of a known number of courses. */
    @State(Scope.Benchmark)
    public static class AStudent {

        @Param("COURSES_3")
        public StudentProbe student;
    }

    /** A course of a known number of students. */
    @State(Scope.Benchmark)
    public static class ACourse {

        @Param("C_100")
        public CourseProbe course;

        long id;

        @Setup(Level.Trial)
        public void pick(Ladder ladder) {
            id = course.requireIn(ladder.size).id();
        }
    }

    @Benchmark
    public Object findStudent(Ladder ladder, AStudent student) {
        return ladder.reads.findStudent().apply(student.student.id());
    }

    @Benchmark
    public Object findCourse(Ladder ladder, ACourse course) {
        return ladder.reads.findCourse().apply(course.id);
    }

    @Benchmark
    public Object listStudents(Ladder ladder) {
        return ladder.reads.listStudents().apply(ladder.database.data().pageAfter(), SchoolData.PAGE);
    }
}
