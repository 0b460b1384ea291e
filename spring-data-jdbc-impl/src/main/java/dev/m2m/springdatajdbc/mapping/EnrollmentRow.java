package dev.m2m.springdatajdbc.mapping;

import dev.m2m.core.Course;
import dev.m2m.core.Enrollment;
import dev.m2m.core.Grade;
import dev.m2m.core.Student;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.RowMapper;

/** A link with both ends and its own data, or the nulls of a student or course that has none. */
public record EnrollmentRow(Long studentId, String studentName, Long courseId, String courseName,
                            Integer courseCapacity, Instant enrolledAt, Integer grade) {

    /** Maps a row by hand, as {@link StudentCourseRow.Mapper} does. */
    static final class Mapper implements RowMapper<EnrollmentRow> {
        @Override
        public EnrollmentRow mapRow(ResultSet rs, int rowNum) throws SQLException {
            var enrolledAt = rs.getObject("enrolled_at", OffsetDateTime.class);
            return new EnrollmentRow(rs.getObject("student_id", Long.class), rs.getString("student_name"),
                    rs.getObject("course_id", Long.class), rs.getString("course_name"),
                    rs.getObject("course_capacity", Integer.class),
                    enrolledAt == null ? null : enrolledAt.toInstant(), rs.getObject("grade", Integer.class));
        }
    }

    public boolean isLink() {
        return enrolledAt != null;
    }

    public Enrollment toEnrollment() {
        return new Enrollment(new Student(studentId, studentName), new Course(courseId, courseName, courseCapacity),
                enrolledAt, grade == null ? null : Grade.of(grade));
    }
}
