package dev.m2m.bench.school;

import dev.m2m.core.SchoolImport;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;

/**
 * A deterministic school for a size: the same seed gives the same rows on every run and machine.
 * Around a few planted probes (the fixed inputs of the read and delete benchmarks) sits a background
 * school that gives tables and indexes realistic sizes: course popularity follows a Zipf law (a few
 * large courses, many small ones) and each background student takes 1 to 9 courses, about 5 on
 * average, plus any probe course drawn for them. A block of idle students, who take nothing, serves the
 * write benchmarks. Ids are assigned here (1, 2, 3, ...):
 * <ul>
 *   <li>courses 1 to 4: the {@link CourseProbe}s that exist at this size, exactly 10, 100, 1,000 and
 *       10,000 students; background courses after them;</li>
 *   <li>students 1 to 3: the {@link StudentProbe}s, exactly 1, 3 and 9 courses; 4 and 5: the
 *       {@link ClassmatesProbe}s, each in one probe course only; background students after them, up to
 *       {@code students}; idle students after those.</li>
 * </ul>
 */
public record SchoolData(int students, int idleStudents, int courses, int[] capacities, List<long[]> links) {

    private static final long SEED = 20261125L;

    /** The page of {@code listStudents}: the students after this id, as many as a screen shows. */
    public static final int PAGE = 50;

    /**
     * Names this generator's output: change it with anything that changes the rows, so that a kept
     * {@link PostgresImage} of an older school is rebuilt rather than measured.
     */
    static final String FINGERPRINT = "seed-" + SEED + "-v2-probes";

    /** The id after which the page of {@code listStudents} starts: the middle of the school. */
    public long pageAfter() {
        return students / 2;
    }

    public static SchoolData generate(Size size) {
        var random = new Random(SEED + size.students);
        int students = size.students;
        int idle = Math.max(100, students / 100);
        var probeCourses = Arrays.stream(CourseProbe.values()).filter(probe -> probe.existsIn(size)).toList();
        int background = Math.max(20, students / 20);
        int courses = probeCourses.size() + background;
        double[] cumulative = zipf(background);
        int[] enrolled = new int[courses];
        var links = new ArrayList<long[]>(students * 5 + 11_200);
        long firstBackground = StudentProbe.values().length + ClassmatesProbe.values().length + 1;
        for (int s = 1; s <= students; s++) {
            if (s > StudentProbe.values().length && s < firstBackground
                    && ClassmatesProbe.values()[s - StudentProbe.values().length - 1].existsIn(size)) {
                continue; // a classmates probe: it joins its probe course below, and takes nothing else
            }
            int taking = s <= StudentProbe.values().length ? StudentProbe.values()[s - 1].courses
                    : 1 + Math.min(8, (int) (-Math.log(1 - random.nextDouble()) * 5));
            var chosen = new LinkedHashSet<Integer>();
            while (chosen.size() < taking) {
                chosen.add(probeCourses.size() + pick(cumulative, random.nextDouble()));
            }
            for (int course : chosen) {
                links.add(new long[] {s, course + 1});
                enrolled[course]++;
            }
        }
        for (CourseProbe probe : probeCourses) {
            var members = new LinkedHashSet<Long>();
            for (ClassmatesProbe classmates : ClassmatesProbe.values()) {
                if (classmates.course == probe) {
                    members.add(classmates.id());
                }
            }
            while (members.size() < probe.students) {
                members.add(firstBackground + random.nextInt(students - (int) firstBackground + 1));
            }
            for (long member : members) {
                links.add(new long[] {member, probe.id()});
            }
            enrolled[(int) probe.id() - 1] = probe.students;
        }
        int[] capacities = new int[courses];
        for (int c = 0; c < courses; c++) {
            // room for the write benchmarks, within the domain's maximum
            capacities[c] = Math.min(100_000, enrolled[c] + 100);
        }
        return new SchoolData(students, idle, courses, capacities, links);
    }

    public int allStudents() {
        return students + idleStudents;
    }

    /** Every row of the data set: students (idle ones too), courses and links. */
    public long rows() {
        return (long) allStudents() + courses + links.size();
    }

    /** A checksum of every link, as SQL computes it over {@code enrollment}: SUM(student_id * 100003 + course_id). */
    long linkChecksum() {
        long sum = 0;
        for (long[] link : links) {
            sum += link[0] * 100_003 + link[1];
        }
        return sum;
    }

    /** The courses of one student, in the order they were drawn: what a delete of the student takes away. */
    public List<Long> coursesOf(long studentId) {
        return links.stream().filter(link -> link[0] == studentId).map(link -> link[1]).toList();
    }

    /** The students of one course: what a delete of the course takes away. */
    public List<Long> studentsOf(long courseId) {
        return links.stream().filter(link -> link[1] == courseId).map(link -> link[0]).toList();
    }

    /** Whether a database holds exactly this school: its row counts and a checksum of every link. */
    public boolean isHeldBy(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
             var rows = statement.executeQuery("""
                     SELECT (SELECT COUNT(*) FROM student), (SELECT COUNT(*) FROM course),
                            (SELECT COUNT(*) FROM enrollment),
                            (SELECT COALESCE(SUM(student_id * 100003 + course_id), 0) FROM enrollment)""")) {
            rows.next();
            return rows.getLong(1) == allStudents() && rows.getLong(2) == courses()
                    && rows.getLong(3) == links.size() && rows.getLong(4) == linkChecksum();
        }
    }

    public static String studentName(long id) {
        return "Student %06d".formatted(id);
    }

    public static String courseName(long id) {
        return "Course %05d".formatted(id);
    }

    private static double[] zipf(int n) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int k = 0; k < n; k++) {
            sum += 1.0 / (k + 1);
            cumulative[k] = sum;
        }
        for (int k = 0; k < n; k++) {
            cumulative[k] /= sum;
        }
        return cumulative;
    }

    private static int pick(double[] cumulative, double u) {
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] < u) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /**
     * The same school as rows to import, for the bulk load: every student (the idle ones too) and
     * course in id order, so that position {@code i} holds the row this data set calls id {@code i + 1}.
     */
    public SchoolImport toImport() {
        var names = new ArrayList<String>(allStudents());
        for (long id = 1; id <= allStudents(); id++) {
            names.add(id <= students ? studentName(id) : idleStudentName(id));
        }
        var newCourses = new ArrayList<SchoolImport.NewCourse>(courses);
        for (int c = 0; c < courses; c++) {
            newCourses.add(new SchoolImport.NewCourse(courseName(c + 1), capacities[c]));
        }
        var importLinks = new ArrayList<SchoolImport.Link>(links.size());
        for (long[] link : links) {
            importLinks.add(new SchoolImport.Link((int) link[0] - 1, (int) link[1] - 1));
        }
        return new SchoolImport(names, newCourses, importLinks);
    }

    static String idleStudentName(long id) {
        return "Idle %06d".formatted(id);
    }

    public List<Long> idleStudentIds() {
        var ids = new ArrayList<Long>();
        for (long id = students + 1; id <= allStudents(); id++) {
            ids.add(id);
        }
        return ids;
    }
}
