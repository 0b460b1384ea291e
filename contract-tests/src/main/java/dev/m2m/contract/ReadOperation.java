package dev.m2m.contract;

/**
 * Every read of the {@link dev.m2m.core.Registrar}. An implementation states, for each, the exact
 * number of SQL statements it sends; the contract checks that number on a small and on a larger
 * data set, so that a statement per row (an N+1) cannot hide.
 */
public enum ReadOperation {
    STUDENTS_IN,
    COURSES_OF,
    FIND_STUDENT,
    FIND_COURSE,
    LIST_STUDENTS,
    COURSE_STATS,
    CLASSMATES_OF,
    STUDENTS_WITHOUT_COURSES,
    TRANSCRIPT_OF,
    ROSTER_OF,
    GRADED_AT_LEAST
}
