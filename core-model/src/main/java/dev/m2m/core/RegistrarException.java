package dev.m2m.core;

/**
 * Every failure a {@link Registrar} reports. Each implementation translates what it can name (a SQL state,
 * Spring's {@code DuplicateKeyException}, Hibernate's {@code ConstraintViolationException}) into the domain
 * exception it means, and {@link CheckedRegistrar} makes the rest of its technology's exceptions (Spring's
 * {@code DataAccessException}, JPA's and MyBatis' {@code PersistenceException}) a
 * {@link DatabaseFailureException}, so callers never catch a technology's type.
 * A call that fails has written nothing.
 */
public abstract sealed class RegistrarException extends RuntimeException
        permits NotFoundException, AlreadyEnrolledException, CourseFullException,
                DuplicateCourseNameException, InvalidArgumentException, DatabaseFailureException {

    protected RegistrarException(String message) {
        super(message);
    }

    protected RegistrarException(String message, Throwable cause) {
        super(message, cause);
    }
}
