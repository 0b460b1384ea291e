package dev.m2m.mybatis.mapping;

import dev.m2m.core.Course;
import dev.m2m.core.Student;
import dev.m2m.core.StudentWithCourses;
import java.util.ArrayList;
import java.util.List;

/**
 * What a student result map fills in. MyBatis adds the elements of a {@code <collection>} to a
 * property one row at a time, so the parent must be mutable; the courses themselves are built as
 * immutable {@link Course} records through {@code <constructor>}. Also the parameter of an insert,
 * which receives the generated id.
 */
public final class StudentRow {

    private Long id;
    private String name;
    private final List<Course> courses = new ArrayList<>();

    StudentRow() {
        // for MyBatis
    }

    public StudentRow(String name) {
        this.name = name;
    }

    public Student toStudent() {
        return new Student(id, name);
    }

    public StudentWithCourses toStudentWithCourses() {
        return new StudentWithCourses(toStudent(), courses);
    }
}
