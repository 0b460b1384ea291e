/**
 * The JPA mapping of the shared schema, published for every approach built on JPA: jpa-impl's registrar
 * and spring-data-jpa-impl's repositories use these entities, so that the two differ only in what each
 * adds on top of one mapping.
 *
 * <p>{@link dev.m2m.jpa.mapping.StudentEntity} owns the many-to-many ({@code @ManyToMany} with
 * {@code @JoinTable}: its {@code courses} set writes the {@code enrollment} rows);
 * {@link dev.m2m.jpa.mapping.CourseEntity} holds the inverse side, mapped by it; both collections are lazy
 * {@code Set}s, and the helpers on the student keep both sides in step.
 * {@link dev.m2m.jpa.mapping.EnrollmentEntity} maps the same table once more as the association object, for
 * the link's own columns (grade, enrolment time), keyed by {@link dev.m2m.jpa.mapping.EnrollmentId}.
 * Hibernate's settings for them are {@link dev.m2m.jpa.HibernateSetup}'s.
 */
package dev.m2m.jpa.mapping;
