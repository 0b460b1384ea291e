package dev.m2m.mybatis.mapping;

/** A course row locked for an enrolment: built by {@code <constructor>}. */
public record LockedCourse(long id, int capacity) {
}
