package dev.m2m.springdatajdbc.mapping;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.jdbc.core.RowMapper;

/** How many students a course holds, counted by the database: its students are never loaded. */
public record SeatCount(Long courseId, Long taken) {

    /** Maps a row by hand, as {@link StudentCourseRow.Mapper} does. */
    static final class Mapper implements RowMapper<SeatCount> {
        @Override
        public SeatCount mapRow(ResultSet rs, int rowNum) throws SQLException {
            return new SeatCount(rs.getLong("course_id"), rs.getLong("taken"));
        }
    }
}
