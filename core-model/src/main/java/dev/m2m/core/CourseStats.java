package dev.m2m.core;

import java.util.Objects;

/** A course and how many students are enrolled in it (zero for an empty course). */
public record CourseStats(Course course, int enrolled) {

    public CourseStats {
        Objects.requireNonNull(course, "course");
    }

    public int freePlaces() {
        return course.capacity() - enrolled;
    }
}
