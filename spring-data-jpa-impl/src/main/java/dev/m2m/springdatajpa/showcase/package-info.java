/**
 * Teaching code beside the Spring Data JPA registrar, each form with its statement count tested.
 * {@link dev.m2m.springdatajpa.showcase.ShowcaseStudentRepository} declares them: a derived query across the
 * join, an {@code @EntityGraph}, a {@code Pageable} page of students with their courses four ways (an entity
 * graph, a JPQL fetch join, a filtered fetch that Hibernate cannot page, ids first), and interface and DTO
 * projections. {@link dev.m2m.springdatajpa.showcase.SpringDataShowcase} adds that repository to the
 * registrar's context and does open-session-in-view by hand; the two pages that work
 * ({@link dev.m2m.springdatajpa.showcase.ShowcasePages}) and the derived query
 * ({@link dev.m2m.springdatajpa.showcase.DerivedQueryReads}) are read-only services, timed in the benchmarks
 * beside the registrar's reads.
 */
package dev.m2m.springdatajpa.showcase;
