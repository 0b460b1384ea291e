/**
 * Spring Data JDBC: aggregates, not a mapped graph. {@link dev.m2m.springdatajdbc.StudentAggregate} owns its
 * links ({@link dev.m2m.springdatajdbc.StudentEnrollment}, each naming its course by an
 * {@code AggregateReference}); {@link dev.m2m.springdatajdbc.CourseAggregate} is an aggregate of its own that
 * knows none of them. Saving a student rewrites all of its links; every read that crosses from one aggregate
 * to the other is SQL in a {@code @Query}. Bootstrapped by a plain {@code @Configuration} context.
 */
package dev.m2m.springdatajdbc;
