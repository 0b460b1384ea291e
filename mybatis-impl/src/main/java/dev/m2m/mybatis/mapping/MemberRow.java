package dev.m2m.mybatis.mapping;

import dev.m2m.core.Student;

/**
 * One row of a list of students that belongs to something: a course's students, a student's
 * classmates. Which course or student it belongs to, and who; both null when there is nobody (the
 * LEFT JOIN's anchor row), so that "unknown" (no row) and "empty" (one such row) are told apart.
 */
public record MemberRow(long ofId, Long id, String name) {

    public boolean isNobody() {
        return id == null;
    }

    public Student toStudent() {
        return new Student(id, name);
    }
}
