package dev.m2m.springdatajdbc;

/** A course and one of its students, or nulls for the student of a course that has none. */
public record CourseStudentRow(Long courseId, String courseName, Integer courseCapacity, Long studentId,
                               String studentName) {
}
