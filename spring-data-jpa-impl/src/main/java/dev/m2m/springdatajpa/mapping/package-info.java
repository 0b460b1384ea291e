/**
 * What Spring Data JPA adds to jpa-impl's entities, and what a reader copies: the repository interfaces
 * ({@link dev.m2m.springdatajpa.mapping.StudentRepository}, {@link dev.m2m.springdatajpa.mapping.CourseRepository},
 * {@link dev.m2m.springdatajpa.mapping.EnrollmentRepository}), each read a {@code @Query} whose constructor
 * expression builds one of the records here per row (a DTO projection), each lock a {@code @Lock}.
 */
package dev.m2m.springdatajpa.mapping;
