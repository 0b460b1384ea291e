/**
 * jOOQ 3.19: SQL written in Java against tables generated from the project's own Flyway migrations
 * ({@code dev.m2m.jooq.schema}, made at build time by jOOQ's DDLDatabase, never committed), so the compiler
 * checks every column name and type. The graph reads nest a student's courses (or a course's students) in
 * one row with {@code MULTISET}, mapped by constructor references into the domain's records
 * ({@link dev.m2m.jooq.mapping}); {@link dev.m2m.jooq.showcase} writes the same reads other ways, for
 * comparison. One code base serves H2 and PostgreSQL: {@link dev.m2m.jooq.JooqSetup} reads the dialect from
 * the database at start-up.
 */
package dev.m2m.jooq;
