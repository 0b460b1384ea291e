/**
 * JPA with Hibernate ORM 7: the association table mapped with {@code @ManyToMany} and
 * {@code @JoinTable}, the JPA name for SQLAlchemy's {@code relationship(secondary=...)} (not
 * {@code @SecondaryTable}, which spreads one entity over two tables).
 *
 * <p>{@link dev.m2m.jpa.StudentEntity} owns the relationship (its {@code courses} set writes the
 * {@code enrollment} rows); {@link dev.m2m.jpa.CourseEntity#students} is the inverse side, mapped
 * by it. Both collections are lazy {@code Set}s; every read loads what it returns with a query that
 * says so. Entities never leave this package: {@link dev.m2m.jpa.JpaRegistrar} returns the domain's
 * records. {@link dev.m2m.jpa.FetchStrategies} shows four ways to load the same graph, and what each
 * costs in statements; {@link dev.m2m.jpa.showcase.linkentity} maps the same tables with the link as an
 * entity of its own and no {@code @ManyToMany}, for chapter 9.
 */
package dev.m2m.jpa;
