package dev.m2m.jooq;

import org.jooq.exception.DataAccessException;

/** Which constraint a write broke, from the SQL state jOOQ keeps from the driver's exception. */
final class ConstraintViolations {

    /** SQLSTATE of a unique violation, the same on H2 and PostgreSQL (check and foreign key states differ). */
    private static final String UNIQUE_VIOLATION = "23505";

    private ConstraintViolations() {
    }

    /** Did the failure break a unique key? The same question the other approaches ask. */
    static boolean isUniqueViolation(DataAccessException e) {
        return UNIQUE_VIOLATION.equals(e.sqlState());
    }
}
