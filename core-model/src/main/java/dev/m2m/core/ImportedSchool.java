package dev.m2m.core;

import java.util.List;

/**
 * The ids the database gave an imported school's rows, in the order of the {@link SchoolImport}'s
 * lists: {@code studentIds.get(i)} is the id of {@code studentNames.get(i)}.
 */
public record ImportedSchool(List<Long> studentIds, List<Long> courseIds) {

    public ImportedSchool {
        studentIds = List.copyOf(studentIds);
        courseIds = List.copyOf(courseIds);
    }
}
