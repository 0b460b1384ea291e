package dev.m2m.springdatajpa.mapping;

/**
 * A student and one of their courses, or nulls for the course of a student who has none: a DTO projection,
 * built by the query's constructor expression, one per row, with no entity behind it.
 */
public record StudentCourseRow(Long studentId, String studentName, Long courseId, String courseName,
                               Integer courseCapacity) {
}
