/**
 * The aggregates and their repositories, what a reader copies. {@link dev.m2m.springdatajdbc.mapping.StudentAggregate}
 * owns its links ({@link dev.m2m.springdatajdbc.mapping.StudentEnrollment}, each naming its course by an
 * {@code AggregateReference}); {@link dev.m2m.springdatajdbc.mapping.CourseAggregate} is an aggregate of its
 * own that knows none of them. The records here are the rows of the {@code @Query} reads, each mapped by a
 * {@code RowMapper} named on its query.
 */
package dev.m2m.springdatajdbc.mapping;
