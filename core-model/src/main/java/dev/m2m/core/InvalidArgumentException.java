package dev.m2m.core;

/**
 * An argument is unusable before the database is even asked: null, blank, too long, not positive,
 * repeated. {@link ArgumentChecks} throws it for every implementation, so they cannot disagree on what
 * is valid.
 */
public final class InvalidArgumentException extends RegistrarException {

    public InvalidArgumentException(String message) {
        super(message);
    }
}
