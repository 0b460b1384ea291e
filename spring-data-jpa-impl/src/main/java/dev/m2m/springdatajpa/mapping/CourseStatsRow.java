package dev.m2m.springdatajpa.mapping;

/** A course and how many students it holds, counted by the database: its students are never loaded. */
public record CourseStatsRow(Long courseId, String courseName, Integer courseCapacity, Long enrolled) {
}
