package dev.m2m.springdatajpa.mapping;

import dev.m2m.core.Student;

/**
 * A student, or nulls: one row of a list of students, or the "nobody" row of a left join. Its components
 * are named as the entity's properties, so that a derived query can project onto it too (the showcase's
 * {@code findByNameOrderByIdAsc}): Spring Data selects a DTO's properties by its constructor's names.
 */
public record StudentRow(Long id, String name) {

    public boolean isNobody() {
        return id == null;
    }

    public Student toStudent() {
        return new Student(id, name);
    }
}
