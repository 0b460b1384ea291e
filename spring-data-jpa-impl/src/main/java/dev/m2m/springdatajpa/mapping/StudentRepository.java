package dev.m2m.springdatajpa.mapping;

import dev.m2m.jpa.mapping.StudentEntity;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/**
 * Students, through Spring Data JPA: {@code save} and {@code delete} come from {@link JpaRepository}; every
 * read the registrar makes is a {@code @Query} whose constructor expression builds one record per row
 * (a DTO projection), so that no entity is loaded where nobody will change one. Spring Data implements the
 * interface at start-up and checks every query against the mapping then.
 */
public interface StudentRepository extends JpaRepository<StudentEntity, Long> {

    /**
     * Found and locked ({@code FOR UPDATE}, {@code FOR NO KEY UPDATE} on PostgreSQL) until the transaction ends:
     * writes of a student's links queue.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Student s where s.id = :id")
    Optional<StudentEntity> findLockedById(long id);

    // tag::find-student[]
    @Query("""
            select new dev.m2m.springdatajpa.mapping.StudentCourseRow(s.id, s.name, c.id, c.name, c.capacity)
            from Student s
            left join s.courses c
            where s.id = :id
            order by c.name, c.id""")
    List<StudentCourseRow> findWithCourses(long id);
    // end::find-student[]

    /**
     * The page is cut first, in a derived table, so that the limit counts students, as in jpa-impl: a limit on
     * the join would count (student, course) rows. The showcase pages entities with a {@code Pageable}.
     */
    @Query("""
            select new dev.m2m.springdatajpa.mapping.StudentCourseRow(s.id, s.name, c.id, c.name, c.capacity)
            from (select p.id as id from Student p
                  where p.id > :afterId
                  order by p.id
                  limit :limit) page
            join Student s on s.id = page.id
            left join s.courses c
            order by s.id, c.name, c.id""")
    List<StudentCourseRow> pageWithCourses(long afterId, int limit);

    @Query("""
            select distinct new dev.m2m.springdatajpa.mapping.StudentRow(other.id, other.name)
            from Student me
            left join me.courses c
            left join c.students other on other.id <> me.id
            where me.id = :id
            order by other.name, other.id""")
    List<StudentRow> findClassmates(long id);

    @Query("""
            select new dev.m2m.springdatajpa.mapping.StudentRow(s.id, s.name)
            from Student s
            where s.courses is empty
            order by s.name, s.id""")
    List<StudentRow> findWithoutCourses();
}
