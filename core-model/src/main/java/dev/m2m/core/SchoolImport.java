package dev.m2m.core;

import java.util.ArrayList;
import java.util.List;

/**
 * A whole school to store at once, for {@link Registrar#importSchool}: new students, new courses,
 * and the links between them. The rows have no ids yet (the database gives them), so a link names
 * its two ends by their position in {@link #studentNames} and {@link #courses}, counting from 0.
 *
 * <p>The lists are taken as given: {@link ArgumentChecks#schoolImport} checks them when the import runs.
 */
public record SchoolImport(List<String> studentNames, List<NewCourse> courses, List<Link> links) {

    /**
     * Rows per JDBC batch, the same in every implementation so that the benchmarks compare the
     * approaches and not the batch sizes: large enough that round trips stop mattering, small enough
     * that no driver buffers a whole school.
     */
    public static final int BATCH_SIZE = 1_000;

    /** A course to create. */
    public record NewCourse(String name, int capacity) {
    }

    /** Student at position {@code student} takes the course at position {@code course}. */
    public record Link(int student, int course) {
    }

    /** {@code rows} cut into consecutive views of at most {@link #BATCH_SIZE}, in order: one per batch. */
    public static <T> List<List<T>> inBatches(List<T> rows) {
        var batches = new ArrayList<List<T>>((rows.size() + BATCH_SIZE - 1) / BATCH_SIZE);
        for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
            batches.add(rows.subList(from, Math.min(rows.size(), from + BATCH_SIZE)));
        }
        return batches;
    }

    /** The number of rows the import writes: one per student, per course and per link. */
    public long rows() {
        return (long) studentNames.size() + courses.size() + links.size();
    }
}
