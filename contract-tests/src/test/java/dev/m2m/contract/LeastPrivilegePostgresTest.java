package dev.m2m.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every approach runs on PostgreSQL as the application role: it may read and write the three tables
 * and do nothing else. The schema belongs to another role, which ran the migrations.
 */
class LeastPrivilegePostgresTest {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    private Connection connection;

    @BeforeEach
    void connectAsTheApplication() throws SQLException {
        connection = TestDatabase.POSTGRES.dataSource().getConnection();
    }

    @AfterEach
    void disconnect() throws SQLException {
        connection.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "DROP TABLE enrollment",
            "ALTER TABLE student ADD COLUMN nickname VARCHAR(20)",
            "ALTER TABLE course DROP CONSTRAINT course_capacity_positive_ck",
            "TRUNCATE course CASCADE",
            "CREATE TABLE intruder (id INTEGER)",
            "CREATE INDEX student_name_ix ON student (name)",
            "SELECT * FROM flyway_schema_history",
            "CREATE SCHEMA elsewhere"})
    void shouldRefuseTheApplicationRoleAnythingButReadingAndWritingTheTables(String sql) {
        assertThatThrownBy(() -> execute(sql))
                .isInstanceOf(SQLException.class)
                .extracting(e -> ((SQLException) e).getSQLState())
                .isEqualTo(INSUFFICIENT_PRIVILEGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT COUNT(*) FROM student",
            "SELECT COUNT(*) FROM course",
            "SELECT COUNT(*) FROM enrollment"})
    void shouldLetTheApplicationRoleReadTheTables(String sql) throws SQLException {
        try (var statement = connection.createStatement(); var rs = statement.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
        }
    }

    @Test
    void shouldConnectAsARoleThatOwnsNoTable() throws SQLException {
        try (var statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT current_user, session_user")) {
            rs.next();
            String role = rs.getString(1);
            assertThat(rs.getString(2)).isEqualTo(role);
            try (var owned = connection.prepareStatement(
                    "SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner = ?")) {
                owned.setString(1, role);
                try (var count = owned.executeQuery()) {
                    count.next();
                    assertThat(count.getInt(1)).as("tables owned by %s", role).isZero();
                }
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
