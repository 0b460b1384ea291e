package dev.m2m.core;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The link itself, with the data it carries: when the student enrolled (set by the database, never
 * by the caller) and the grade, if the course has graded it yet.
 *
 * @param grade null until {@link Registrar#grade} sets it; {@link #gradeIfAny()} says so in its type
 */
public record Enrollment(Student student, Course course, Instant enrolledAt, Grade grade) {

    public Enrollment {
        Objects.requireNonNull(student, "student");
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(enrolledAt, "enrolledAt");
    }

    public Optional<Grade> gradeIfAny() {
        return Optional.ofNullable(grade);
    }
}
