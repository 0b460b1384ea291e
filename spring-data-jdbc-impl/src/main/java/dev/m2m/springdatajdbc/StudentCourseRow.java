package dev.m2m.springdatajdbc;

/**
 * A student and one of their courses, or nulls for the course of a student who has none: a {@code @Query}'s
 * row, mapped by Spring Data JDBC onto the record's components by column name ({@code student_id} to
 * {@code studentId}).
 */
public record StudentCourseRow(Long studentId, String studentName, Long courseId, String courseName,
                               Integer courseCapacity) {
}
