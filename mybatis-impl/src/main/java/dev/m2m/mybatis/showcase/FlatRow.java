package dev.m2m.mybatis.showcase;

import dev.m2m.core.Course;
import dev.m2m.core.Student;

/**
 * One row of the student-course join, as it comes: the student's columns and one course's, the course's
 * null for a student without courses. No identity, no collection: MyBatis builds it like any flat row,
 * and {@link FlatRowFold} folds the rows into students.
 */
public record FlatRow(long studentId, String studentName, Long courseId, String courseName, Integer courseCapacity) {

    Student student() {
        return new Student(studentId, studentName);
    }

    boolean hasCourse() {
        return courseId != null;
    }

    Course course() {
        return new Course(courseId, courseName, courseCapacity);
    }
}
