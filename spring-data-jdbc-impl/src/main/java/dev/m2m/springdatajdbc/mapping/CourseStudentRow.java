package dev.m2m.springdatajdbc.mapping;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.jdbc.core.RowMapper;

/** A course and one of its students, or nulls for the student of a course that has none. */
public record CourseStudentRow(Long courseId, String courseName, Integer courseCapacity, Long studentId,
                               String studentName) {

    /** Maps a row by hand, as {@link StudentCourseRow.Mapper} does. */
    static final class Mapper implements RowMapper<CourseStudentRow> {
        @Override
        public CourseStudentRow mapRow(ResultSet rs, int rowNum) throws SQLException {
            return new CourseStudentRow(rs.getLong("course_id"), rs.getString("course_name"),
                    rs.getInt("course_capacity"), rs.getObject("student_id", Long.class),
                    rs.getString("student_name"));
        }
    }
}
