package dev.m2m.springdatajpa.mapping;

/** How many students a course holds, counted by the database: its students are never loaded. */
public record SeatCount(Long courseId, Long taken) {
}
