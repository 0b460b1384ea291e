package dev.m2m.springdatajdbc;

/** A course and how many students it holds, counted by the database. */
public record CourseCount(Long id, String name, Integer capacity, Long enrolled) {
}
