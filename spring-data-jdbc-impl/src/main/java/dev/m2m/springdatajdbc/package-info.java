/**
 * Spring Data JDBC: aggregates, not a mapped graph, in {@link dev.m2m.springdatajdbc.mapping}. The student's
 * aggregate owns its links, each naming its course by an {@code AggregateReference}; the course is an
 * aggregate of its own that knows none of them. Saving a student rewrites all of its links; every read that
 * crosses from one aggregate to the other is SQL in a {@code @Query}. Transactional services over the
 * repositories, bootstrapped by a plain {@code @Configuration} context.
 */
package dev.m2m.springdatajdbc;
