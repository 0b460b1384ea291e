package dev.m2m.bench.school;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/** Puts a deleted row of the school back, with its own id and every link it had: one transaction. */
public final class Restore {

    private Restore() {
    }

    public static void course(DataSource dataSource, SchoolData data, long courseId, List<Long> students) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var insert = connection.prepareStatement("INSERT INTO course (id, name, capacity) VALUES (?, ?, ?)")) {
                insert.setLong(1, courseId);
                insert.setString(2, SchoolData.courseName(courseId));
                insert.setInt(3, data.capacities()[(int) courseId - 1]);
                insert.executeUpdate();
            }
            links(connection, students.stream().map(student -> new long[] {student, courseId}).toList());
            connection.commit();
        }
    }

    public static void student(DataSource dataSource, long studentId, List<Long> courses) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var insert = connection.prepareStatement("INSERT INTO student (id, name) VALUES (?, ?)")) {
                insert.setLong(1, studentId);
                insert.setString(2, SchoolData.studentName(studentId));
                insert.executeUpdate();
            }
            links(connection, courses.stream().map(course -> new long[] {studentId, course}).toList());
            connection.commit();
        }
    }

    private static void links(Connection connection, List<long[]> links) throws SQLException {
        try (var insert = connection.prepareStatement("INSERT INTO enrollment (student_id, course_id) VALUES (?, ?)")) {
            for (long[] link : links) {
                insert.setLong(1, link[0]);
                insert.setLong(2, link[1]);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
