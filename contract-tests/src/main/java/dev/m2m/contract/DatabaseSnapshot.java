package dev.m2m.contract;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Every row of the three tables, read with plain JDBC past the implementation under test, so that a
 * test can say "this failed call wrote nothing" by comparing two snapshots.
 */
public record DatabaseSnapshot(List<String> students, List<String> courses, List<String> enrollments) {

    public static DatabaseSnapshot of(DataSource dataSource) {
        return new DatabaseSnapshot(
                rows(dataSource, "SELECT id, name FROM student ORDER BY id"),
                rows(dataSource, "SELECT id, name, capacity FROM course ORDER BY id"),
                rows(dataSource, """
                        SELECT student_id, course_id, enrolled_at, grade FROM enrollment
                        ORDER BY student_id, course_id"""));
    }

    private static List<String> rows(DataSource dataSource, String sql) {
        try (var connection = dataSource.getConnection();
             var statement = connection.createStatement();
             var resultSet = statement.executeQuery(sql)) {
            int columns = resultSet.getMetaData().getColumnCount();
            var rows = new ArrayList<String>();
            while (resultSet.next()) {
                var row = new StringBuilder();
                for (int column = 1; column <= columns; column++) {
                    row.append(column > 1 ? " | " : "").append(resultSet.getString(column));
                }
                rows.add(row.toString());
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read a snapshot with: " + sql, e);
        }
    }
}
