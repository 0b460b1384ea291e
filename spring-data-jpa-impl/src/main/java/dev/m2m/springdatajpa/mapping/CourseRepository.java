package dev.m2m.springdatajpa.mapping;

import dev.m2m.jpa.mapping.CourseEntity;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

/** Courses, through Spring Data JPA: the same rules as {@link StudentRepository}. */
public interface CourseRepository extends JpaRepository<CourseEntity, Long> {

    /** Found and locked, as {@link StudentRepository#findLockedById}: the second of two deletes waits. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Course c where c.id = :id")
    Optional<CourseEntity> findLockedById(long id);

    // tag::lock-courses[]
    /**
     * A derived query with a lock: the courses, locked in id order whatever order the caller gave, so two
     * enrolments over the same courses take their locks in the same order and cannot deadlock each other.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    List<CourseEntity> findLockedByIdInOrderById(Collection<Long> ids);
    // end::lock-courses[]

    /** How many students each course holds, counted by the database under the courses' locks. */
    @Query("""
            select new dev.m2m.springdatajpa.mapping.SeatCount(c.id, count(s.id))
            from Course c
            left join c.students s
            where c.id in :ids
            group by c.id""")
    List<SeatCount> countSeats(Collection<Long> ids);

    /** Starts from the course, so that an unknown name (no row) and an empty course (a row of nulls) differ. */
    @Query("""
            select new dev.m2m.springdatajpa.mapping.StudentRow(s.id, s.name)
            from Course c
            left join c.students s
            where c.name = :name
            order by s.name, s.id""")
    List<StudentRow> findStudentsOfCourseNamed(String name);

    @Query("""
            select new dev.m2m.springdatajpa.mapping.CourseStudentRow(c.id, c.name, c.capacity, s.id, s.name)
            from Course c
            left join c.students s
            where c.id = :id
            order by s.name, s.id""")
    List<CourseStudentRow> findWithStudents(long id);

    @Query("""
            select new dev.m2m.springdatajpa.mapping.CourseStatsRow(c.id, c.name, c.capacity, count(s.id))
            from Course c
            left join c.students s
            group by c.id, c.name, c.capacity
            order by c.name, c.id""")
    List<CourseStatsRow> countAllSeats();

    /** The courses of one batch of the import, read back by id. */
    List<CourseEntity> findByIdIn(Collection<Long> ids);

    /** Which of these names are taken: one query for a whole batch of the import's courses. */
    @Query("select c.name from Course c where c.name in :names")
    List<String> findTakenNames(Collection<String> names);
}
