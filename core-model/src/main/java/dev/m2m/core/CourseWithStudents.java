package dev.m2m.core;

import java.util.List;
import java.util.Objects;

/** A course with every student enrolled in it, sorted by student name, then id. */
public record CourseWithStudents(Course course, List<Student> students) {

    public CourseWithStudents {
        Objects.requireNonNull(course, "course");
        students = List.copyOf(students);
    }
}
