package dev.m2m.bench.workload;

import dev.m2m.core.NotFoundException;
import dev.m2m.jooq.showcase.RenderedOnceReads;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jooq.conf.NestedCollectionEmulation;

/**
 * jOOQ's MULTISET SQL without jOOQ: the registrar's three graph statements, as jOOQ renders them, sent
 * through plain JDBC in the floor's transactions, each row's columns read and the nested collection read as
 * the text the database sent, not parsed. What it costs over the floor is the database building the JSON
 * and the driver receiving it; what jOOQ costs over it is parsing that text into records, and rendering.
 */
public final class UnparsedMultiset {

    /** A student's row as sent: their columns and their courses as one JSON text. */
    public record StudentRow(long id, String name, String courses) {
    }

    /** A course's row as sent: its columns and its students as one JSON text. */
    public record CourseRow(long id, String name, int capacity, String students) {
    }

    private final PlainJdbcWorkload floor;
    private final RenderedOnceReads sql;

    public UnparsedMultiset(DataSource dataSource, NestedCollectionEmulation multiset) {
        this.floor = new PlainJdbcWorkload(dataSource, false);
        this.sql = new RenderedOnceReads(dataSource, multiset);
    }

    public StudentRow findStudent(long studentId) {
        return floor.transaction(true, connection -> {
            try (var query = connection.prepareStatement(sql.findStudentSql())) {
                query.setLong(1, studentId);
                var students = studentRows(query);
                if (students.size() != 1) {
                    throw NotFoundException.student(studentId);
                }
                return students.get(0);
            }
        });
    }

    public CourseRow findCourse(long courseId) {
        return floor.transaction(true, connection -> {
            try (var query = connection.prepareStatement(sql.findCourseSql())) {
                query.setLong(1, courseId);
                try (var rs = query.executeQuery()) {
                    if (!rs.next()) {
                        throw NotFoundException.course(courseId);
                    }
                    return new CourseRow(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4));
                }
            }
        });
    }

    public List<StudentRow> listStudents(long afterId, int limit) {
        return floor.transaction(true, connection -> {
            try (var query = connection.prepareStatement(sql.listStudentsSql())) {
                query.setLong(1, afterId);
                query.setInt(2, limit);
                return studentRows(query);
            }
        });
    }

    private static List<StudentRow> studentRows(PreparedStatement query) throws SQLException {
        var rows = new ArrayList<StudentRow>();
        try (var rs = query.executeQuery()) {
            while (rs.next()) {
                rows.add(new StudentRow(rs.getLong(1), rs.getString(2), rs.getString(3)));
            }
        }
        return rows;
    }
}
