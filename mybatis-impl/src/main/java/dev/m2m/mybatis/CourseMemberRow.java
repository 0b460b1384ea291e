package dev.m2m.mybatis;

import dev.m2m.core.Student;

/** One row of a course's students: which course, and who (both null for a course without students). */
record CourseMemberRow(long courseId, Long id, String name) {

    boolean isNobody() {
        return id == null;
    }

    Student toStudent() {
        return new Student(id, name);
    }
}
