package dev.m2m.jpa;

import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;

/** Finds the database constraint a failed flush broke, however JPA wrapped it. */
final class ConstraintViolations {

    private ConstraintViolations() {
    }

    static boolean isViolation(RuntimeException e, ConstraintKind kind) {
        return find(e).map(violation -> violation.getKind() == kind).orElse(false);
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
