package dev.m2m.core;

/**
 * The database failed in a way the caller could not have prevented (lost connection, timeout,
 * a deadlock that could not be retried). The cause keeps the technology's own exception for the
 * logs; the transaction was rolled back.
 */
public final class DatabaseFailureException extends RegistrarException {

    public DatabaseFailureException(String operation, Throwable cause) {
        super(operation + " failed in the database: " + cause.getMessage(), cause);
    }
}
