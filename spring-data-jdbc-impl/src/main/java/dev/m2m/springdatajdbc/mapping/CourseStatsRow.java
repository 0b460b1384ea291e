package dev.m2m.springdatajdbc.mapping;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.jdbc.core.RowMapper;

/** A course and how many students it holds, counted by the database: its students are never loaded. */
public record CourseStatsRow(Long courseId, String courseName, Integer courseCapacity, Long enrolled) {

    /** Maps a row by hand, as {@link StudentCourseRow.Mapper} does. */
    static final class Mapper implements RowMapper<CourseStatsRow> {
        @Override
        public CourseStatsRow mapRow(ResultSet rs, int rowNum) throws SQLException {
            return new CourseStatsRow(rs.getLong("id"), rs.getString("name"), rs.getInt("capacity"),
                    rs.getLong("enrolled"));
        }
    }
}
