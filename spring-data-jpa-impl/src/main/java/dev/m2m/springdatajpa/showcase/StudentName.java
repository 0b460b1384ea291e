package dev.m2m.springdatajpa.showcase;

/**
 * An interface projection: Spring Data selects only the columns its getters name and returns a proxy per row
 * that answers them. A closed projection (only plain getters), so the query is narrowed; an open one
 * ({@code @Value} expressions) would load whole entities.
 */
public interface StudentName {

    String getName();
}
