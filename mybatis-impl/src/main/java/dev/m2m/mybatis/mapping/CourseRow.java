package dev.m2m.mybatis.mapping;

import dev.m2m.core.Course;
import dev.m2m.core.CourseWithStudents;
import dev.m2m.core.Student;
import java.util.ArrayList;
import java.util.List;

/** What a course result map fills in (see {@link StudentRow}); also the parameter of an insert. */
public final class CourseRow {

    private Long id;
    private String name;
    private Integer capacity;
    private final List<Student> students = new ArrayList<>();

    CourseRow() {
        // for MyBatis
    }

    public CourseRow(String name, int capacity) {
        this.name = name;
        this.capacity = capacity;
    }

    public Course toCourse() {
        return new Course(id, name, capacity);
    }

    public CourseWithStudents toCourseWithStudents() {
        return new CourseWithStudents(toCourse(), students);
    }
}
