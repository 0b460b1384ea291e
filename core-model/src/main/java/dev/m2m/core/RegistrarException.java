package dev.m2m.core;

/**
 * Every failure a {@link Registrar} reports. Each implementation translates its own exceptions
 * (SQL states, Spring's {@code DataAccessException}, Hibernate's {@code ConstraintViolationException},
 * MyBatis' {@code PersistenceException}) into one of these, so callers never catch a technology's type.
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
