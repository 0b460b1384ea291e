package dev.m2m.springdatajpa;

/** A course and one of its students, or nulls for the student of a course that has none. */
public record CourseStudentRow(Long courseId, String courseName, Integer capacity, Long studentId, String studentName) {
}
