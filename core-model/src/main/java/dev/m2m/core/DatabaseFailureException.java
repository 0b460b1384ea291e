package dev.m2m.core;

/**
 * The database failed in a way the caller could not have prevented: a lost connection, a timeout, a
 * pool with no connection to lend, a deadlock the database broke by aborting this call. The cause keeps
 * the technology's own exception for the logs. The transaction was rolled back, with one exception: when
 * the connection is lost during the commit itself, nobody can tell whether the commit took place, and
 * retrying an {@code addStudent} or an {@code importSchool} may store its rows twice.
 *
 * <p>It is kept for that and nothing else. What a caller can cause (bad input, an unknown id, a taken
 * name, a full course), and what it meets by losing a race to another call, has its own
 * {@link RegistrarException}: an approach that lets a constraint error, a stale row or an optimistic
 * lock failure surface as this exception has a bug, and the contract tests fail it.
 */
public final class DatabaseFailureException extends RegistrarException {

    public DatabaseFailureException(String operation, Throwable cause) {
        super(operation + " failed in the database: " + cause.getMessage(), cause);
    }
}
