package dev.m2m.springdatajdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.jdbc.core.RowMapper;

/** A course and how many students it holds, counted by the database. */
public record CourseCount(Long id, String name, Integer capacity, Long enrolled) {

    /** Maps a row by hand, as {@link StudentCourseRow.Mapper} does. */
    static final class Mapper implements RowMapper<CourseCount> {
        @Override
        public CourseCount mapRow(ResultSet rs, int rowNum) throws SQLException {
            return new CourseCount(rs.getLong("id"), rs.getString("name"), rs.getInt("capacity"),
                    rs.getLong("enrolled"));
        }
    }
}
