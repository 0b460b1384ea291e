package dev.m2m.contract;

import dev.m2m.core.Course;
import dev.m2m.core.Grade;
import dev.m2m.core.Registrar;
import dev.m2m.core.Student;
import java.util.ArrayList;
import java.util.List;

/**
 * A school built through the registrar under test, deterministic for a given size: every enrolled
 * student takes {@code coursesPerStudent} consecutive courses (wrapping round) and is graded in the
 * first of them, and a few students take none. Used to check that statement counts do not grow with the data.
 */
public record SampleSchool(List<Student> enrolled, List<Student> withoutCourses, List<Course> courses) {

    public static SampleSchool create(Registrar registrar, int students, int courseCount, int coursesPerStudent) {
        var courses = new ArrayList<Course>();
        for (int c = 0; c < courseCount; c++) {
            courses.add(registrar.addCourse("Course %03d".formatted(c), students));
        }
        var enrolled = new ArrayList<Student>();
        for (int s = 0; s < students; s++) {
            var student = registrar.addStudent("Student %03d".formatted(s));
            var ids = new ArrayList<Long>();
            for (int k = 0; k < coursesPerStudent; k++) {
                ids.add(courses.get((s + k) % courseCount).id());
            }
            registrar.enrollAll(student.id(), ids);
            // every student graded in their first course, from 0 to 99 points
            registrar.grade(student.id(), ids.get(0), Grade.of(s * 37 % 100));
            enrolled.add(student);
        }
        var withoutCourses = new ArrayList<Student>();
        for (int s = 0; s < 2; s++) {
            withoutCourses.add(registrar.addStudent("Idle %03d".formatted(s)));
        }
        return new SampleSchool(List.copyOf(enrolled), List.copyOf(withoutCourses), List.copyOf(courses));
    }

    public int studentCount() {
        return enrolled.size() + withoutCourses.size();
    }

    /** A course every enrolled student could share: the first one. */
    public Course firstCourse() {
        return courses.get(0);
    }

    public Student firstStudent() {
        return enrolled.get(0);
    }
}
