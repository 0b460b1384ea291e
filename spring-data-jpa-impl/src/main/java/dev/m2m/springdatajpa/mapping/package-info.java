/**
 * What Spring Data JPA adds to jpa-impl's entities, and what a reader copies: the repository interfaces
 * ({@link dev.m2m.springdatajpa.mapping.StudentRepository}, {@link dev.m2m.springdatajpa.mapping.CourseRepository},
 * {@link dev.m2m.springdatajpa.mapping.EnrollmentRepository}): the reads of students and courses are
 * {@code @Query}s whose constructor expressions build one of the records here per row (a DTO projection),
 * the association object's reads fetch its entity with both ends, and every lock is a {@code @Lock}.
 */
package dev.m2m.springdatajpa.mapping;
