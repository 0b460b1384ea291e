package dev.m2m.bench;

import dev.m2m.core.SchoolImport;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;

/**
 * A deterministic school for a size: the same seed gives the same rows on every run and machine.
 * Course popularity follows a Zipf law (a few large courses, many small ones); each enrolled student
 * takes 1 to 9 courses, about 5 on average. A block of idle students, who take nothing, serves the
 * write benchmarks. Ids are assigned here (1, 2, 3, ...) so that benchmarks can pick them at random.
 */
public record SchoolData(int students, int idleStudents, int courses, int[] capacities, List<long[]> links) {

    private static final long SEED = 20261125L;

    /**
     * Names this generator's output: change it with anything that changes the rows, so that a kept
     * {@link PostgresImage} of an older school is rebuilt rather than measured.
     */
    static final String FINGERPRINT = "seed-" + SEED + "-v1";

    public static SchoolData generate(Size size) {
        var random = new Random(SEED + size.students);
        int students = size.students;
        int idle = Math.max(100, students / 100);
        int courses = Math.max(20, students / 20);
        double[] cumulative = zipf(courses);
        int[] enrolled = new int[courses];
        var links = new ArrayList<long[]>(students * 5);
        for (int s = 1; s <= students; s++) {
            int taking = 1 + Math.min(8, (int) (-Math.log(1 - random.nextDouble()) * 5));
            var chosen = new LinkedHashSet<Integer>();
            while (chosen.size() < taking) {
                chosen.add(pick(cumulative, random.nextDouble()));
            }
            for (int course : chosen) {
                links.add(new long[] {s, course + 1});
                enrolled[course]++;
            }
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

    List<Long> idleStudentIds() {
        var ids = new ArrayList<Long>();
        for (long id = students + 1; id <= allStudents(); id++) {
            ids.add(id);
        }
        return ids;
    }
}
