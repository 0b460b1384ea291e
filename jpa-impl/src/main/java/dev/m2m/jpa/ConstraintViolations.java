package dev.m2m.jpa;

import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;

/** Finds the database constraint a failed flush broke, however JPA wrapped it. */
final class ConstraintViolations {

    private ConstraintViolations() {
    }

    /** Did the failure break a unique key (a primary key included)? The same question as mybatis-impl's asks. */
    static boolean isUniqueViolation(Throwable e) {
        return find(e).map(violation -> violation.getKind() == ConstraintKind.UNIQUE).orElse(false);
    }

    private static Optional<ConstraintViolationException> find(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation) {
                return Optional.of(violation);
            }
        }
        return Optional.empty();
    }
}
