package dev.m2m.core;

import java.util.Comparator;
import java.util.Objects;

/** A course. Its name is unique; {@code capacity} is how many students it takes at most. */
public record Course(long id, String name, int capacity) {

    /** The order every list of courses comes in: by name, then by id. */
    public static final Comparator<Course> BY_NAME_THEN_ID =
            Comparator.comparing(Course::name).thenComparingLong(Course::id);

    public Course {
        Objects.requireNonNull(name, "name");
    }
}
