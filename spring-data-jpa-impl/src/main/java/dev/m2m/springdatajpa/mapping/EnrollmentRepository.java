package dev.m2m.springdatajpa.mapping;

import dev.m2m.jpa.mapping.EnrollmentEntity;
import dev.m2m.jpa.mapping.EnrollmentId;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** The association object, for the link's own columns and for deleting links in bulk. */
public interface EnrollmentRepository extends JpaRepository<EnrollmentEntity, EnrollmentId> {

    /** Locked: a drop committed between this find and the grade's UPDATE would leave it touching no row. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select e from Enrollment e where e.id = :id")
    Optional<EnrollmentEntity> findLockedById(EnrollmentId id);

    // tag::delete-link[]
    /**
     * A bulk delete that returns how many rows it removed: removing the course from the student's collection
     * would not tell, and two concurrent drops of one link would both be told they removed it.
     */
    @Modifying
    @Query("delete from Enrollment e where e.id.studentId = :studentId and e.id.courseId = :courseId")
    int deleteLink(long studentId, long courseId);
    // end::delete-link[]

    /** Every link of a course in one statement: the inverse side, which Hibernate never writes. */
    @Modifying
    @Query("delete from Enrollment e where e.id.courseId = :courseId")
    int deleteAllOfCourse(long courseId);

    @Query("""
            select e from Enrollment e
            join fetch e.student
            join fetch e.course c
            where e.student.id = :studentId
            order by c.name, c.id""")
    List<EnrollmentEntity> findTranscript(long studentId);

    @Query("""
            select e from Enrollment e
            join fetch e.student s
            join fetch e.course
            where e.course.id = :courseId
            order by s.name, s.id""")
    List<EnrollmentEntity> findRoster(long courseId);

    @Query("""
            select e from Enrollment e
            join fetch e.student s
            join fetch e.course
            where e.course.id = :courseId and e.grade >= :minimum
            order by e.grade desc, s.name, s.id""")
    List<EnrollmentEntity> findGradedAtLeast(long courseId, int minimum);
}
