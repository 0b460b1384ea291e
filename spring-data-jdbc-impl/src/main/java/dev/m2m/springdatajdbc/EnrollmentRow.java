package dev.m2m.springdatajdbc;

import dev.m2m.core.Course;
import dev.m2m.core.Enrollment;
import dev.m2m.core.Grade;
import dev.m2m.core.Student;
import java.time.Instant;

/** A link with both ends and its own data, or the nulls of a student or course that has none. */
public record EnrollmentRow(Long studentId, String studentName, Long courseId, String courseName,
                            Integer courseCapacity, Instant enrolledAt, Integer grade) {

    boolean isLink() {
        return enrolledAt != null;
    }

    Enrollment toEnrollment() {
        return new Enrollment(new Student(studentId, studentName), new Course(courseId, courseName, courseCapacity),
                enrolledAt, grade == null ? null : Grade.of(grade));
    }
}
