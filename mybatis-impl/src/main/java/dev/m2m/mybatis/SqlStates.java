package dev.m2m.mybatis;

import java.sql.SQLException;

/**
 * Which constraint a failed statement broke, read from the standard SQL state MyBatis keeps in the
 * cause chain. Class 23 is "integrity constraint violation"; the codes below are PostgreSQL's and H2's.
 */
final class SqlStates {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";
    private static final String H2_PARENT_MISSING = "23506";

    private SqlStates() {
    }

    static boolean isUniqueViolation(Throwable e) {
        String state = sqlState(e);
        return UNIQUE_VIOLATION.equals(state);
    }

    static boolean isForeignKeyViolation(Throwable e) {
        String state = sqlState(e);
        return FOREIGN_KEY_VIOLATION.equals(state) || H2_PARENT_MISSING.equals(state);
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
