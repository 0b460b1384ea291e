package dev.m2m.springdatajpa;

import dev.m2m.core.Student;

/** A student, or nulls: one row of a list of students, or the "nobody" row of a left join. */
public record StudentRow(Long id, String name) {

    boolean isNobody() {
        return id == null;
    }

    Student toStudent() {
        return new Student(id, name);
    }
}
