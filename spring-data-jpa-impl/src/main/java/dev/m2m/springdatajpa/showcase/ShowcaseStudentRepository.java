package dev.m2m.springdatajpa.showcase;

import dev.m2m.jpa.mapping.StudentEntity;
import dev.m2m.springdatajpa.mapping.StudentRow;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The repository methods Spring Data users write first, each shown with what it sends
 * ({@code SpringDataJpaShowcaseH2Test}). Teaching code: the registrar uses none of them.
 */
public interface ShowcaseStudentRepository extends Repository<StudentEntity, Long> {

    // tag::derived-across-the-join[]
    /** A derived query across the association: {@code courses} is the collection, {@code _Name} its field. */
    List<StudentEntity> findByCourses_Name(String courseName);

    /** The same in the registrar's order (name, then id): the order is part of the derived name. */
    List<StudentEntity> findByCourses_NameOrderByNameAscIdAsc(String courseName);
    // end::derived-across-the-join[]

    // tag::entity-graph[]
    /** The student and their courses in one statement: the entity graph makes the join a fetch join. */
    @EntityGraph(attributePaths = "courses")
    Optional<StudentEntity> findWithCoursesById(Long id);
    // end::entity-graph[]

    Optional<StudentEntity> findById(Long id);

    /** A keyset page of students, entities only: their courses load when something touches them. */
    List<StudentEntity> findByIdGreaterThanOrderByIdAsc(long afterId, Limit limit);

    // tag::page-on-a-fetch[]
    /**
     * A page of students with their courses, the way that looks right: a Pageable on an entity graph. Hibernate
     * 7.4 pages the students in a derived table first (a version that cannot would load every row and page
     * in memory, HHH90003004, which the project's settings turn into an error).
     */
    @EntityGraph(attributePaths = "courses")
    Page<StudentEntity> findPageWithCoursesBy(Pageable pageable);

    /** The same as a fetch join in JPQL, with the count query Spring Data needs beside it. */
    @Query(value = "select s from Student s left join fetch s.courses",
            countQuery = "select count(s) from Student s")
    Page<StudentEntity> findPageByFetchJoin(Pageable pageable);

    /** A page filtered on the fetched collection: the shape Hibernate 7.4.15 cannot page in SQL. */
    @Query(value = "select s from Student s join fetch s.courses c where c.capacity >= :capacity",
            countQuery = "select count(distinct s) from Student s join s.courses c where c.capacity >= :capacity")
    Page<StudentEntity> findPageInCoursesOfAtLeast(int capacity, Pageable pageable);
    // end::page-on-a-fetch[]

    // tag::page-right[]
    /** A page of ids first: the limit counts students, and the count query counts students. */
    @Query("select s.id from Student s")
    Page<Long> findIdPage(Pageable pageable);

    /** Then those students with their courses, one fetch join with no limit. */
    @EntityGraph(attributePaths = "courses")
    List<StudentEntity> findByIdIn(Collection<Long> ids, Sort sort);
    // end::page-right[]

    // tag::projections[]
    /** An interface projection: only the columns it names. */
    List<StudentName> findByNameStartingWithOrderByNameAscIdAsc(String prefix);

    /** A DTO projection, a record: Spring Data writes the constructor expression itself. */
    List<StudentRow> findByNameOrderByIdAsc(String name);
    // end::projections[]
}
