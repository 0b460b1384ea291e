/**
 * Teaching code beside the Spring Data JDBC registrar: a student aggregate whose links hold only their course
 * ({@link dev.m2m.springdatajdbc.showcase.NaiveStudent}, {@link dev.m2m.springdatajdbc.showcase.CourseRef}),
 * saved through its own repository in the showcase's context
 * ({@link dev.m2m.springdatajdbc.showcase.AggregateShowcase}), to show that every save deletes and inserts the
 * links again, and so loses what only the rows held: the grades and the enrolment times.
 */
package dev.m2m.springdatajdbc.showcase;
