package dev.m2m.springdatajpa;

import java.sql.SQLException;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataIntegrityViolationException;

/** Which constraint a write broke, from the SQL state Spring's translation keeps as the root cause. */
final class ConstraintViolations {

    /** SQLSTATE of a unique violation, the same on H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    private ConstraintViolations() {
    }

    /** Did the failure break a unique key? The same question as jpa-impl's and mybatis-impl's asks. */
    static boolean isUniqueViolation(DataIntegrityViolationException e) {
        return NestedExceptionUtils.getMostSpecificCause(e) instanceof SQLException sql
                && UNIQUE_VIOLATION.equals(sql.getSQLState());
    }
}
