package dev.m2m.jdbc;

import dev.m2m.core.Approach;
import dev.m2m.core.Course;
import dev.m2m.core.CourseStats;
import dev.m2m.core.CourseWithStudents;
import dev.m2m.core.NotFoundException;
import dev.m2m.core.Student;
import dev.m2m.core.StudentWithCourses;
import dev.m2m.jdbc.mapping.GraphExtractors;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every read, one statement each. Reads that name a student or a course start FROM that row and
 * LEFT JOIN the other side: no row at all means "unknown id", one row of NULLs means "no links",
 * and the caller learns both in one round trip. {@code JdbcClient} returns modifiable lists; these
 * reads hand out unmodifiable copies.
 */
final class RegistrarReads implements Approach.RegistrarReads {

    // tag::student-with-courses-sql[]
    private static final String STUDENT_WITH_COURSES = """
            SELECT s.id AS student_id, s.name AS student_name,
                   c.id AS course_id, c.name AS course_name, c.capacity AS course_capacity
            FROM student s
            LEFT JOIN enrollment e ON e.student_id = s.id
            LEFT JOIN course c ON c.id = e.course_id
            WHERE s.id = :studentId
            ORDER BY c.name, c.id
            """;
    // end::student-with-courses-sql[]

    // tag::course-with-students-sql[]
    private static final String COURSE_WITH_STUDENTS = """
            SELECT c.id AS course_id, c.name AS course_name, c.capacity AS course_capacity,
                   s.id AS student_id, s.name AS student_name
            FROM course c
            LEFT JOIN enrollment e ON e.course_id = c.id
            LEFT JOIN student s ON s.id = e.student_id
            """;
    // end::course-with-students-sql[]

    // tag::page-sql[]
    // The page of students is cut in a derived table first, so the limit counts students; the join
    // to their courses comes after. A LIMIT on the join itself would count (student, course) rows.
    private static final String PAGE_OF_STUDENTS_WITH_COURSES = """
            SELECT s.id AS student_id, s.name AS student_name,
                   c.id AS course_id, c.name AS course_name, c.capacity AS course_capacity
            FROM (SELECT id, name FROM student
                  WHERE id > :afterId
                  ORDER BY id
                  FETCH FIRST :limit ROWS ONLY) s
            LEFT JOIN enrollment e ON e.student_id = s.id
            LEFT JOIN course c ON c.id = e.course_id
            ORDER BY s.id, c.name, c.id
            """;
    // end::page-sql[]

    // tag::course-stats-sql[]
    private static final String COURSE_STATS = """
            SELECT c.id, c.name, c.capacity, COUNT(e.student_id) AS enrolled
            FROM course c
            LEFT JOIN enrollment e ON e.course_id = c.id
            GROUP BY c.id, c.name, c.capacity
            ORDER BY c.name, c.id
            """;
    // end::course-stats-sql[]

    // tag::classmates-sql[]
    // Self-join of the association table: my links, then everyone else's links to the same courses.
    // DISTINCT because two students who share several courses meet once per shared course.
    private static final String CLASSMATES = """
            SELECT DISTINCT s.id AS student_id, s.name AS student_name
            FROM student me
            LEFT JOIN enrollment mine ON mine.student_id = me.id
            LEFT JOIN enrollment theirs ON theirs.course_id = mine.course_id AND theirs.student_id <> me.id
            LEFT JOIN student s ON s.id = theirs.student_id
            WHERE me.id = :studentId
            ORDER BY s.name, s.id
            """;
    // end::classmates-sql[]

    // tag::without-courses-sql[]
    private static final String STUDENTS_WITHOUT_COURSES = """
            SELECT s.id, s.name
            FROM student s
            WHERE NOT EXISTS (SELECT 1 FROM enrollment e WHERE e.student_id = s.id)
            ORDER BY s.name, s.id
            """;
    // end::without-courses-sql[]

    private final JdbcClient jdbc;

    RegistrarReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // tag::students-in[]
    @Override
    public List<Student> studentsIn(String courseName) {
        return jdbc.sql(COURSE_WITH_STUDENTS + "WHERE c.name = :courseName ORDER BY s.name, s.id")
                .param("courseName", courseName)
                .query(GraphExtractors.COURSE_WITH_STUDENTS)
                .orElseThrow(() -> NotFoundException.courseNamed(courseName))
                .students();
    }
    // end::students-in[]

    // tag::find-student[]
    @Override
    public StudentWithCourses findStudent(long studentId) {
        return jdbc.sql(STUDENT_WITH_COURSES)
                .param("studentId", studentId)
                .query(GraphExtractors.STUDENT_WITH_COURSES)
                .orElseThrow(() -> NotFoundException.student(studentId));
    }
    // end::find-student[]

    @Override
    public CourseWithStudents findCourse(long courseId) {
        return jdbc.sql(COURSE_WITH_STUDENTS + "WHERE c.id = :courseId ORDER BY s.name, s.id")
                .param("courseId", courseId)
                .query(GraphExtractors.COURSE_WITH_STUDENTS)
                .orElseThrow(() -> NotFoundException.course(courseId));
    }

    @Override
    public List<StudentWithCourses> listStudents(long afterId, int limit) {
        return List.copyOf(jdbc.sql(PAGE_OF_STUDENTS_WITH_COURSES)
                .param("afterId", afterId)
                .param("limit", limit)
                .query(GraphExtractors.STUDENTS_WITH_COURSES));
    }

    @Override
    public List<CourseStats> courseStats() {
        return List.copyOf(jdbc.sql(COURSE_STATS)
                .query((rs, row) -> new CourseStats(
                        new Course(rs.getLong("id"), rs.getString("name"), rs.getInt("capacity")),
                        rs.getInt("enrolled")))
                .list());
    }

    // tag::classmates-of[]
    @Override
    public List<Student> classmatesOf(long studentId) {
        // A row whose student is NULL is the LEFT JOIN's "nobody": it only proves the student exists.
        List<Student> rows = jdbc.sql(CLASSMATES)
                .param("studentId", studentId)
                .query((rs, row) -> {
                    long classmateId = rs.getLong("student_id");
                    return rs.wasNull() ? null : new Student(classmateId, rs.getString("student_name"));
                })
                .list();
        if (rows.isEmpty()) {
            throw NotFoundException.student(studentId);
        }
        return rows.stream().filter(Objects::nonNull).toList();
    }
    // end::classmates-of[]

    @Override
    public List<Student> studentsWithoutCourses() {
        return List.copyOf(jdbc.sql(STUDENTS_WITHOUT_COURSES)
                .query((rs, row) -> new Student(rs.getLong("id"), rs.getString("name")))
                .list());
    }
}
