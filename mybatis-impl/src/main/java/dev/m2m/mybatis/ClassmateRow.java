package dev.m2m.mybatis;

import dev.m2m.core.Student;

/** One row of the classmates query: whose classmate, and who (both null when there is nobody). */
record ClassmateRow(long ofStudentId, Long id, String name) {

    boolean isNobody() {
        return id == null;
    }

    Student toStudent() {
        return new Student(id, name);
    }
}
