package dev.m2m.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** A student with every course they are enrolled in, sorted by course name, then id. */
public record StudentWithCourses(Student student, List<Course> courses) {

    public StudentWithCourses {
        Objects.requireNonNull(student, "student");
        courses = List.copyOf(courses);
    }

    /**
     * The students of a join's rows, each with their courses, in the rows' order: rows ordered by student, one
     * per (student, course), and for a student with no course one row whose course is null. For the
     * approaches that read flat rows and fold them in Java.
     *
     * @param courseOrNull the row's course, or null for the row of a student who has none
     */
    public static <R> List<StudentWithCourses> fold(List<R> rows, Function<R, Student> student,
                                                    Function<R, Course> courseOrNull) {
        var byStudent = new LinkedHashMap<Student, List<Course>>();
        for (R row : rows) {
            var courses = byStudent.computeIfAbsent(student.apply(row), key -> new ArrayList<>());
            var course = courseOrNull.apply(row);
            if (course != null) {
                courses.add(course);
            }
        }
        return byStudent.entrySet().stream()
                .map(entry -> new StudentWithCourses(entry.getKey(), entry.getValue()))
                .toList();
    }
}
