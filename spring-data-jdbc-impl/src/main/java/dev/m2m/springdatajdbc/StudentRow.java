package dev.m2m.springdatajdbc;

import dev.m2m.core.Student;

/** A student, or nulls: one row of a list of students, or the "nobody" row of a left join. */
public record StudentRow(Long studentId, String studentName) {

    boolean isNobody() {
        return studentId == null;
    }

    Student toStudent() {
        return new Student(studentId, studentName);
    }
}
