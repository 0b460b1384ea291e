/**
 * JPA with Hibernate ORM 7: the association table mapped with {@code @ManyToMany} and
 * {@code @JoinTable}, the JPA name for SQLAlchemy's {@code relationship(secondary=...)} (not
 * {@code @SecondaryTable}, which spreads one entity over two tables).
 *
 * <p>The entities are in {@link dev.m2m.jpa.mapping}, published for spring-data-jpa-impl too:
 * {@link dev.m2m.jpa.mapping.StudentEntity} owns the relationship (its {@code courses} set writes the
 * {@code enrollment} rows); {@link dev.m2m.jpa.mapping.CourseEntity} holds the inverse side, mapped
 * by it. Both collections are lazy {@code Set}s; every read loads what it returns with a query that
 * says so. The registrar never hands out an entity: {@link dev.m2m.jpa.JpaRegistrar} returns the domain's
 * records. {@link dev.m2m.jpa.HibernateSetup} is public for spring-data-jpa-impl and the teaching code in
 * {@link dev.m2m.jpa.showcase}, which loads the same graph four ways and deletes a course the costly way,
 * each with what it costs in statements; {@link dev.m2m.jpa.showcase.linkentity} maps the same tables with
 * the link as an entity of its own and no {@code @ManyToMany}, for chapter 9.
 */
package dev.m2m.jpa;
