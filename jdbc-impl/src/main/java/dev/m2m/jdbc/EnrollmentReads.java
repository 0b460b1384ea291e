package dev.m2m.jdbc;

import dev.m2m.core.Approach;
import dev.m2m.core.Course;
import dev.m2m.core.Enrollment;
import dev.m2m.core.Grade;
import dev.m2m.core.NotFoundException;
import dev.m2m.core.Student;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.ResultSetExtractor;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reads of the association object: enrolments with their own data (time, grade). Each starts
 * FROM the student or course it names and LEFT JOINs the links, so one statement also tells an
 * unknown id (no row) from an empty list (one row of NULLs). The row mapping is done by hand.
 */
final class EnrollmentReads implements Approach.EnrollmentReads {

    // tag::graded-at-least-sql[]
    private static final String ENROLLMENT_COLUMNS = """
            s.id AS student_id, s.name AS student_name,
            c.id AS course_id, c.name AS course_name, c.capacity AS course_capacity,
            e.enrolled_at, e.grade
            """;

    private static final String TRANSCRIPT = "SELECT " + ENROLLMENT_COLUMNS + """
            FROM student s
            LEFT JOIN enrollment e ON e.student_id = s.id
            LEFT JOIN course c ON c.id = e.course_id
            WHERE s.id = :studentId
            ORDER BY c.name, c.id
            """;

    private static final String ROSTER = "SELECT " + ENROLLMENT_COLUMNS + """
            FROM course c
            LEFT JOIN enrollment e ON e.course_id = c.id
            LEFT JOIN student s ON s.id = e.student_id
            WHERE c.id = :courseId
            ORDER BY s.name, s.id
            """;

    // The filter on the link's data sits in the join condition, not in WHERE: the course row must
    // survive when no enrolment qualifies, or "no such course" and "nobody that good" would look alike.
    private static final String GRADED_AT_LEAST = "SELECT " + ENROLLMENT_COLUMNS + """
            FROM course c
            LEFT JOIN enrollment e ON e.course_id = c.id AND e.grade >= :minimum
            LEFT JOIN student s ON s.id = e.student_id
            WHERE c.id = :courseId
            ORDER BY e.grade DESC, s.name, s.id
            """;
    // end::graded-at-least-sql[]

    private final JdbcClient jdbc;

    EnrollmentReads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Enrollment> transcriptOf(long studentId) {
        return jdbc.sql(TRANSCRIPT).param("studentId", studentId)
                .query(ENROLLMENTS)
                .orElseThrow(() -> NotFoundException.student(studentId));
    }

    @Override
    public List<Enrollment> rosterOf(long courseId) {
        return jdbc.sql(ROSTER).param("courseId", courseId)
                .query(ENROLLMENTS)
                .orElseThrow(() -> NotFoundException.course(courseId));
    }

    @Override
    public List<Enrollment> gradedAtLeast(long courseId, Grade minimum) {
        return jdbc.sql(GRADED_AT_LEAST)
                .param("courseId", courseId)
                .param("minimum", minimum.points())
                .query(ENROLLMENTS)
                .orElseThrow(() -> NotFoundException.course(courseId));
    }

    /** The enrolments of the rows; empty when there was no row at all (the anchor does not exist). */
    private static final ResultSetExtractor<Optional<List<Enrollment>>> ENROLLMENTS = rs -> {
        if (!rs.next()) {
            return Optional.empty();
        }
        var enrollments = new ArrayList<Enrollment>();
        do {
            if (rs.getObject("enrolled_at") != null) {
                enrollments.add(enrollment(rs));
            }
        } while (rs.next());
        return Optional.of(List.copyOf(enrollments));
    };

    private static Enrollment enrollment(ResultSet rs) throws SQLException {
        Integer points = rs.getObject("grade", Integer.class);
        return new Enrollment(
                new Student(rs.getLong("student_id"), rs.getString("student_name")),
                new Course(rs.getLong("course_id"), rs.getString("course_name"), rs.getInt("course_capacity")),
                rs.getObject("enrolled_at", OffsetDateTime.class).toInstant(),
                points == null ? null : new Grade(points));
    }
}
