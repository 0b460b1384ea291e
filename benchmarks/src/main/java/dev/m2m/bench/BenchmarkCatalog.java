package dev.m2m.bench;

import dev.m2m.bench.school.ClassmatesProbe;
import dev.m2m.bench.school.CourseProbe;
import dev.m2m.bench.school.Probe;
import dev.m2m.bench.school.StudentProbe;
import dev.m2m.bench.workload.Implementation;
import dev.m2m.bench.workload.NaiveLoading;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Every benchmark, once, in the order the report shows them: its class and method (together the name JMH
 * and its results give it), the parameter that names its probe, the parameter that names what it compares,
 * and the benchmark whose plain JDBC rows are its floor. The passes choose benchmarks from here and the
 * report reads each result through its entry, so a new benchmark is one new entry.
 */
public enum BenchmarkCatalog {
    STUDENTS_IN(StudentsInBenchmarks.class, "studentsIn", Probed.COURSE),
    FIND_STUDENT(FindStudentBenchmarks.class, "findStudent", Probed.STUDENT),
    FIND_COURSE(FindCourseBenchmarks.class, "findCourse", Probed.COURSE),
    /** Its two forms are compared with each other: it has no floor of its own. */
    WIDE_PARENT(WideParentBenchmarks.class, "findCourse", Probed.COURSE, Compared.FORM),
    /**
     * A full scan and aggregate of every link: the database is all of the call's time, the transaction around
     * it a thousandth, so the report shows it and the headline does not (chapter 11 measures why).
     */
    COURSE_STATS(ListBenchmarks.class, "courseStats", Probed.NOTHING, InHeadline.NEVER),
    LIST_STUDENTS(ListBenchmarks.class, "listStudents", Probed.NOTHING),
    MULTISET_COST_FIND_COURSE(MultisetCostBenchmarks.class, "findCourse", Probed.COURSE, Compared.STEP),
    MULTISET_COST_FIND_STUDENT(MultisetCostBenchmarks.class, "findStudent", Probed.STUDENT, Compared.STEP),
    MULTISET_COST_LIST_STUDENTS(MultisetCostBenchmarks.class, "listStudents", Probed.NOTHING, Compared.STEP),
    /** The N+1 page against the floor of the page loaded well. */
    NAIVE_LOADING(NaiveLoadingBenchmarks.class, "listStudents", Probed.NOTHING, Compared.LOADING, LIST_STUDENTS),
    CLASSMATES_OF(ClassmatesBenchmarks.class, "classmatesOf", Probed.CLASSMATES),
    ENROLL_ALL_THEN_DROP(WriteBenchmarks.class, "enrollAllThenDrop", Probed.NOTHING),
    ENROLL_THEN_DROP(WriteBenchmarks.class, "enrollThenDrop", Probed.NOTHING),
    GRADE(GradeBenchmarks.class, "grade", Probed.STUDENT),
    /** Measured at the large probes only in the committed run: the headline shows whichever was measured. */
    DELETE_COURSE(DeleteBenchmarks.class, "deleteCourse", Probed.COURSE, InHeadline.AT_EVERY_PROBE),
    DELETE_STUDENT(DeleteBenchmarks.class, "deleteStudent", Probed.STUDENT, InHeadline.AT_EVERY_PROBE),
    /** The report gives its rows per second, in a table of its own. */
    BULK_LOAD(BulkLoadBenchmarks.class, "importSchool", Probed.NOTHING);

    /** The parameter that names a benchmark's probe, if it has one, and the probe of it a reader meets first. */
    public enum Probed {
        NOTHING(null, null, null),
        COURSE("course", CourseProbe::valueOf, CourseProbe.C_100),
        STUDENT("student", StudentProbe::valueOf, StudentProbe.COURSES_3),
        CLASSMATES("classmates", ClassmatesProbe::valueOf, ClassmatesProbe.ABOUT_100);

        private final String parameter;
        private final Function<String, Probe> named;
        private final Probe usual;

        Probed(String parameter, Function<String, Probe> named, Probe usual) {
            this.parameter = parameter;
            this.named = named;
            this.usual = usual;
        }

        /** The probe's name in a result's parameters, or "" for a benchmark without one. */
        public String in(Map<String, String> params) {
            return parameter != null && params.containsKey(parameter) ? params.get(parameter) : "";
        }

        public Probe named(String name) {
            return named.apply(name);
        }
    }

    /** The parameter that names what a benchmark compares, as the report names its rows. */
    public enum Compared {
        /** An {@link Implementation}, the plain JDBC floor among them. */
        APPROACH(Implementation.class) {
            @Override
            public String variant(Map<String, String> params) {
                return params.get("approach");
            }
        },
        /** A way to load the N+1 page, {@link NaiveLoading}. */
        LOADING(NaiveLoading.class) {
            @Override
            public String variant(Map<String, String> params) {
                return params.get("loading");
            }
        },
        /**
         * A step of the MULTISET ladder; the first, the floor itself, is read as the floor, so that the others
         * get ratios.
         */
        STEP(MultisetCostBenchmarks.Step.class) {
            @Override
            public String variant(Map<String, String> params) {
                String step = params.get("step");
                return step.equals(MultisetCostBenchmarks.Step.FLOOR.name()) ? Implementation.PLAIN_JDBC.name() : step;
            }

            @Override
            public int order(String variant) {
                return super.order(variant.equals(Implementation.PLAIN_JDBC.name())
                        ? MultisetCostBenchmarks.Step.FLOOR.name() : variant);
            }
        },
        /** The wide parent's form and width, "MULTISET, 1000 characters": in no order but by name. */
        FORM(null) {
            @Override
            public String variant(Map<String, String> params) {
                return params.get("form") + ", " + params.get("width") + " characters";
            }
        };

        private final List<String> order;

        Compared(Class<? extends Enum<?>> values) {
            this.order = values == null ? List.of()
                    : Arrays.stream(values.getEnumConstants()).map(Enum::name).toList();
        }

        /** The row's variant, from the result's parameters. */
        public abstract String variant(Map<String, String> params);

        /** Where a variant stands among the others of the same benchmark; an unknown one after them all. */
        public int order(String variant) {
            int index = order.indexOf(variant);
            return index < 0 ? order.size() : index;
        }
    }

    /** Which of a benchmark's probes the README's headline shows. */
    public enum InHeadline {
        AT_THE_USUAL_PROBE, AT_EVERY_PROBE,
        /** Not at all: its time is the database's alone, so no approach can be told from another there. */
        NEVER
    }

    private final Class<?> benchmarkClass;
    private final String method;
    private final Probed probed;
    private final Compared compared;
    private final BenchmarkCatalog floor;
    private final InHeadline inHeadline;

    BenchmarkCatalog(Class<?> benchmarkClass, String method, Probed probed) {
        this(benchmarkClass, method, probed, Compared.APPROACH, null, InHeadline.AT_THE_USUAL_PROBE);
    }

    BenchmarkCatalog(Class<?> benchmarkClass, String method, Probed probed, Compared compared) {
        this(benchmarkClass, method, probed, compared, null, InHeadline.AT_THE_USUAL_PROBE);
    }

    BenchmarkCatalog(Class<?> benchmarkClass, String method, Probed probed, Compared compared,
                     BenchmarkCatalog floor) {
        this(benchmarkClass, method, probed, compared, floor, InHeadline.AT_THE_USUAL_PROBE);
    }

    BenchmarkCatalog(Class<?> benchmarkClass, String method, Probed probed, InHeadline inHeadline) {
        this(benchmarkClass, method, probed, Compared.APPROACH, null, inHeadline);
    }

    BenchmarkCatalog(Class<?> benchmarkClass, String method, Probed probed, Compared compared,
                     BenchmarkCatalog floor, InHeadline inHeadline) {
        this.benchmarkClass = benchmarkClass;
        this.method = method;
        this.probed = probed;
        this.compared = compared;
        this.floor = floor;
        this.inHeadline = inHeadline;
    }

    /** The entry of a result's benchmark, named without its package: "ListBenchmarks.courseStats". */
    public static BenchmarkCatalog named(String benchmark) {
        return Arrays.stream(values()).filter(entry -> entry.benchmark().equals(benchmark)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no benchmark named " + benchmark));
    }

    /** "StudentsInBenchmarks.studentsIn": the name in the report and in what the statement counts are filed under. */
    public String benchmark() {
        return benchmarkClass.getSimpleName() + "." + method;
    }

    /** JMH's pattern for this benchmark alone, for a run's includes. */
    public String include() {
        return "^" + Pattern.quote(benchmarkClass.getName() + "." + method) + "$";
    }

    public String method() {
        return method;
    }

    public Probed probed() {
        return probed;
    }

    public Compared compared() {
        return compared;
    }

    /** The benchmark whose plain JDBC rows this one's are divided by: itself but for the N+1 page. */
    public BenchmarkCatalog floor() {
        return floor == null ? this : floor;
    }

    /** Whether the README's headline shows this benchmark at {@code probe} ("" for one without probes). */
    public boolean inHeadlineAt(String probe) {
        if (inHeadline == InHeadline.NEVER) {
            return false;
        }
        return probe.isEmpty() || inHeadline == InHeadline.AT_EVERY_PROBE
                || probed.usual != null && probed.usual.name().equals(probe);
    }
}
