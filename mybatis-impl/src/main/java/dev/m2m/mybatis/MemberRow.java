package dev.m2m.mybatis;

import dev.m2m.core.Student;

/**
 * One row of a list of students that belongs to something: a course's students, a student's
 * classmates. Which course or student it belongs to, and who; both null when there is nobody (the
 * LEFT JOIN's anchor row), so that "unknown" (no row) and "empty" (one such row) are told apart.
 */
record MemberRow(long ofId, Long id, String name) {

    boolean isNobody() {
        return id == null;
    }

    Student toStudent() {
        return new Student(id, name);
    }
}
