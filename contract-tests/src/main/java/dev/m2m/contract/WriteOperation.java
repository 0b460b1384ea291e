package dev.m2m.contract;

/**
 * The writes whose cost could grow with a collection, each run on a {@link HubSchool}: a student and a
 * course with a few links, then with more links than any batch or fetch size of any approach. An
 * implementation states, for each, the exact number of SQL statements it sends; the contract checks
 * that it sends that many at both sizes.
 */
public enum WriteOperation {
    /** The hub student, who takes every spare course, into the hub course, which every member takes. */
    ENROLL,
    /** The newcomer into as many spare courses as there are, up to {@code ArgumentChecks.MAX_ENROLL_ALL}. */
    ENROLL_ALL,
    /** One of the hub student's links. */
    DROP,
    /** One of the hub student's links. */
    GRADE,
    /** The hub student and all their links. */
    DELETE_STUDENT,
    /** The hub course and all its links. */
    DELETE_COURSE
}
