package dev.m2m.mybatis;

/** A course row locked for an enrolment: built by {@code <constructor>}. */
record LockedCourse(long id, int capacity) {
}
