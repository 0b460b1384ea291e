package dev.m2m.springdatajdbc.mapping;

import dev.m2m.core.Student;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.jdbc.core.RowMapper;

/** A student, or nulls: one row of a list of students, or the "nobody" row of a left join. */
public record StudentRow(Long studentId, String studentName) {

    /** Maps a row by hand: Spring Data JDBC's own mapping of a record costs several times more per row. */
    static final class Mapper implements RowMapper<StudentRow> {
        @Override
        public StudentRow mapRow(ResultSet rs, int rowNum) throws SQLException {
            return new StudentRow(rs.getObject("student_id", Long.class), rs.getString("student_name"));
        }
    }

    public boolean isNobody() {
        return studentId == null;
    }

    public Student toStudent() {
        return new Student(studentId, studentName);
    }
}
