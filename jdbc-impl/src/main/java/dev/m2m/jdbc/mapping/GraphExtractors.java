package dev.m2m.jdbc.mapping;

import dev.m2m.core.Course;
import dev.m2m.core.CourseWithStudents;
import dev.m2m.core.Student;
import dev.m2m.core.StudentWithCourses;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.ResultSetExtractor;

/**
 * Builds object graphs from the rows of one join: what an ORM does for you, done by hand in a few
 * lines. Rows arrive sorted by the owning side's key, so a new owner starts whenever the key changes;
 * a LEFT JOIN gives an owner without links one row whose other side is all NULL.
 *
 * <p>Column aliases are the contract between these extractors and the SQL in
 * {@code dev.m2m.jdbc.RegistrarReads}.
 */
public final class GraphExtractors {

    private GraphExtractors() {
    }

    /** One student and their courses, or empty when the query found no student row. */
    public static final ResultSetExtractor<Optional<StudentWithCourses>> STUDENT_WITH_COURSES = rs -> {
        List<StudentWithCourses> students = studentsWithCourses(rs);
        return students.stream().findFirst();
    };

    /** One course and its students, or empty when the query found no course row. */
    public static final ResultSetExtractor<Optional<CourseWithStudents>> COURSE_WITH_STUDENTS = rs -> {
        Course course = null;
        var students = new ArrayList<Student>();
        while (rs.next()) {
            if (course == null) {
                course = course(rs);
            }
            long studentId = rs.getLong("student_id");
            if (!rs.wasNull()) {
                students.add(new Student(studentId, rs.getString("student_name")));
            }
        }
        return course == null ? Optional.empty() : Optional.of(new CourseWithStudents(course, students));
    };

    /** Many students, each with their courses; rows ordered by student id. */
    public static final ResultSetExtractor<List<StudentWithCourses>> STUDENTS_WITH_COURSES =
            GraphExtractors::studentsWithCourses;

    // tag::students-with-courses[]
    private static List<StudentWithCourses> studentsWithCourses(ResultSet rs) throws SQLException {
        var result = new ArrayList<StudentWithCourses>();
        Student current = null;
        var courses = new ArrayList<Course>();
        while (rs.next()) {
            long studentId = rs.getLong("student_id");
            if (current == null || current.id() != studentId) {
                if (current != null) {
                    result.add(new StudentWithCourses(current, courses));
                    courses.clear();
                }
                current = new Student(studentId, rs.getString("student_name"));
            }
            rs.getLong("course_id");
            if (!rs.wasNull()) {
                courses.add(course(rs));
            }
        }
        if (current != null) {
            result.add(new StudentWithCourses(current, courses));
        }
        return result;
    }
    // end::students-with-courses[]

    private static Course course(ResultSet rs) throws SQLException {
        return new Course(rs.getLong("course_id"), rs.getString("course_name"), rs.getInt("course_capacity"));
    }
}
