package dev.m2m.core;

import java.util.List;
import java.util.Objects;

/** A student with every course they are enrolled in, sorted by course name, then id. */
public record StudentWithCourses(Student student, List<Course> courses) {

    public StudentWithCourses {
        Objects.requireNonNull(student, "student");
        courses = List.copyOf(courses);
    }
}
