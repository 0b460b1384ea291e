package dev.m2m.core;

import java.util.Comparator;
import java.util.Objects;

/** A student. Names are not unique: two students may share one, the id tells them apart. */
public record Student(long id, String name) {

    /** The order every list of students comes in: by name, then by id for students who share one. */
    public static final Comparator<Student> BY_NAME_THEN_ID =
            Comparator.comparing(Student::name).thenComparingLong(Student::id);

    public Student {
        Objects.requireNonNull(name, "name");
    }
}
