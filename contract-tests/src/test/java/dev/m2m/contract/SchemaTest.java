package dev.m2m.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The shared schema holds its own invariants, whatever code writes to it: checked with plain JDBC
 * on every database.
 */
class SchemaTest {

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldRefuseTheSameLinkTwice(TestDatabase database) throws SQLException {
        try (var connection = emptied(database)) {
            long student = insertStudent(connection, "Alice");
            long course = insertCourse(connection, "Mathematics", 10);
            link(connection, student, course);

            assertIntegrityViolation(() -> link(connection, student, course));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldRefuseALinkToAMissingStudentOrCourse(TestDatabase database) throws SQLException {
        try (var connection = emptied(database)) {
            long student = insertStudent(connection, "Alice");
            long course = insertCourse(connection, "Mathematics", 10);

            assertIntegrityViolation(() -> link(connection, student + 1000, course));
            assertIntegrityViolation(() -> link(connection, student, course + 1000));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldCascadeADeletedStudentToTheirLinksOnly(TestDatabase database) throws SQLException {
        try (var connection = emptied(database)) {
            long alice = insertStudent(connection, "Alice");
            long bob = insertStudent(connection, "Bob");
            long course = insertCourse(connection, "Mathematics", 10);
            link(connection, alice, course);
            link(connection, bob, course);

            execute(connection, "DELETE FROM student WHERE id = " + alice);

            assertThat(rows(connection, "SELECT student_id FROM enrollment")).containsExactly(Long.toString(bob));
            assertThat(rows(connection, "SELECT name FROM course")).containsExactly("Mathematics");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldCascadeADeletedCourseToItsLinksOnly(TestDatabase database) throws SQLException {
        try (var connection = emptied(database)) {
            long alice = insertStudent(connection, "Alice");
            long mathematics = insertCourse(connection, "Mathematics", 10);
            long physics = insertCourse(connection, "Physics", 10);
            link(connection, alice, mathematics);
            link(connection, alice, physics);

            execute(connection, "DELETE FROM course WHERE id = " + mathematics);

            assertThat(rows(connection, "SELECT course_id FROM enrollment")).containsExactly(Long.toString(physics));
            assertThat(rows(connection, "SELECT name FROM student")).containsExactly("Alice");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldRefuseADuplicateCourseNameAndANonPositiveCapacity(TestDatabase database) throws SQLException {
        try (var connection = emptied(database)) {
            insertCourse(connection, "Mathematics", 10);

            assertIntegrityViolation(() -> insertCourse(connection, "Mathematics", 5));
            assertIntegrityViolation(() -> insertCourse(connection, "Physics", 0));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldStampEachLinkWithTheTimeOfEnrolment(TestDatabase database) throws SQLException {
        try (var connection = emptied(database)) {
            var before = OffsetDateTime.now().minusMinutes(1);
            link(connection, insertStudent(connection, "Alice"), insertCourse(connection, "Mathematics", 10));

            try (var statement = connection.createStatement();
                 var rs = statement.executeQuery("SELECT enrolled_at FROM enrollment")) {
                assertThat(rs.next()).isTrue();
                var enrolledAt = rs.getObject(1, OffsetDateTime.class);
                assertThat(enrolledAt).isAfter(before).isBefore(OffsetDateTime.now().plusMinutes(1));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldIndexTheAssociationTableFromTheCourseSide(TestDatabase database) throws SQLException {
        try (var connection = database.dataSource().getConnection()) {
            var columnsOfIndex = new TreeMap<String, List<String>>();
            for (String table : List.of("enrollment", "ENROLLMENT")) { // PostgreSQL folds names down, H2 up
                try (var rs = connection.getMetaData().getIndexInfo(null, null, table, false, false)) {
                    while (rs.next()) {
                        String index = rs.getString("INDEX_NAME").toLowerCase();
                        int position = rs.getShort("ORDINAL_POSITION") - 1;
                        String column = rs.getString("COLUMN_NAME").toLowerCase();
                        columnsOfIndex.computeIfAbsent(index, name -> new ArrayList<>()).add(position, column);
                    }
                }
            }

            assertThat(columnsOfIndex)
                    .containsEntry("enrollment_course_student_ix", List.of("course_id", "student_id"));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldLeaveAnUpToDateSchemaAloneWhenMigratedAgain(TestDatabase database) throws SQLException {
        try (var connection = emptied(database)) {
            insertStudent(connection, "Alice");

            database.migrateAgain();

            assertThat(rows(connection, "SELECT name FROM student")).containsExactly("Alice");
        }
    }

    // --- helpers ---------------------------------------------------------------------------

    /** SQL state class 23, integrity constraint violation; the subclass codes differ between databases. */
    private static void assertIntegrityViolation(ThrowingCallable statement) {
        assertThatThrownBy(statement)
                .isInstanceOf(SQLException.class)
                .extracting(e -> ((SQLException) e).getSQLState())
                .asString().startsWith("23");
    }

    private static Connection emptied(TestDatabase database) throws SQLException {
        database.clean(database.dataSource());
        return database.dataSource().getConnection();
    }

    private static long insertStudent(Connection connection, String name) throws SQLException {
        return insert(connection, "INSERT INTO student (name) VALUES ('" + name + "')");
    }

    private static long insertCourse(Connection connection, String name, int capacity) throws SQLException {
        return insert(connection, "INSERT INTO course (name, capacity) VALUES ('" + name + "', " + capacity + ")");
    }

    private static void link(Connection connection, long studentId, long courseId) throws SQLException {
        execute(connection,
                "INSERT INTO enrollment (student_id, course_id) VALUES (" + studentId + ", " + courseId + ")");
    }

    private static long insert(Connection connection, String sql) throws SQLException {
        try (var statement = connection.prepareStatement(sql, new String[] {"id"})) {
            statement.executeUpdate();
            try (var keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private static List<String> rows(Connection connection, String sql) throws SQLException {
        var rows = new ArrayList<String>();
        try (var statement = connection.createStatement(); var rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
