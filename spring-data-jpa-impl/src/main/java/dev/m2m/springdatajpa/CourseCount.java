package dev.m2m.springdatajpa;

/** A course and how many students it holds, counted by the database: its students are never loaded. */
public record CourseCount(Long id, String name, Integer capacity, Long enrolled) {
}
