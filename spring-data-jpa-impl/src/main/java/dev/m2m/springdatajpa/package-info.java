/**
 * Spring Data JPA: repository interfaces ({@code JpaRepository}, in {@link dev.m2m.springdatajpa.mapping}) that
 * Spring implements at start-up, with derived queries, {@code @Query} JPQL and {@code @Lock}; transactional
 * services over them
 * ({@code @Transactional}, the reads {@code readOnly}); and jpa-impl's mapping ({@link dev.m2m.jpa.mapping})
 * underneath, shared, so that what differs from jpa-impl is what Spring Data adds. Bootstrapped by a plain
 * {@code @Configuration} context, not Spring Boot.
 */
package dev.m2m.springdatajpa;
