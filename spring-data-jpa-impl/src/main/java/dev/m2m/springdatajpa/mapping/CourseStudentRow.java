package dev.m2m.springdatajpa.mapping;

/** A course and one of its students, or nulls for the student of a course that has none. */
public record CourseStudentRow(Long courseId, String courseName, Integer courseCapacity, Long studentId,
                               String studentName) {
}
