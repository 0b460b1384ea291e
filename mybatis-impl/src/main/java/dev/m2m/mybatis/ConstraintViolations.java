package dev.m2m.mybatis;

import java.sql.SQLException;

/**
 * Which constraint a failed statement broke (the role of jpa-impl's class of the same name), read from the
 * standard SQL state MyBatis keeps in the cause chain. Class 23 is "integrity constraint violation"; 23505,
 * a unique key's, is the same on PostgreSQL and H2.
 */
final class ConstraintViolations {

    private static final String UNIQUE_VIOLATION = "23505";

    private ConstraintViolations() {
    }

    static boolean isUniqueViolation(Throwable e) {
        String state = sqlState(e);
        return UNIQUE_VIOLATION.equals(state);
    }

    private static String sqlState(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
