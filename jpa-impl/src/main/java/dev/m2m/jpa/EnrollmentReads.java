package dev.m2m.jpa;

import dev.m2m.core.Approach;
import dev.m2m.core.Enrollment;
import dev.m2m.core.Grade;
import dev.m2m.core.NotFoundException;
import dev.m2m.jpa.mapping.CourseEntity;
import dev.m2m.jpa.mapping.EnrollmentEntity;
import dev.m2m.jpa.mapping.StudentEntity;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * The reads of the association object, through {@link EnrollmentEntity}. Two statements each: does
 * the student or course exist, then its enrolments with both ends fetched in the same query.
 */
final class EnrollmentReads implements Approach.EnrollmentReads {

    private final EntityManager em;

    EnrollmentReads(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<Enrollment> transcriptOf(long studentId) {
        if (em.find(StudentEntity.class, studentId) == null) {
            throw NotFoundException.student(studentId);
        }
        return em.createQuery("""
                        select e from Enrollment e
                        join fetch e.student
                        join fetch e.course c
                        where e.student.id = :id
                        order by c.name, c.id""", EnrollmentEntity.class)
                .setParameter("id", studentId)
                .getResultStream()
                .map(EnrollmentEntity::toEnrollment)
                .toList();
    }

    @Override
    public List<Enrollment> rosterOf(long courseId) {
        requireCourse(courseId);
        return em.createQuery("""
                        select e from Enrollment e
                        join fetch e.student s
                        join fetch e.course
                        where e.course.id = :id
                        order by s.name, s.id""", EnrollmentEntity.class)
                .setParameter("id", courseId)
                .getResultStream()
                .map(EnrollmentEntity::toEnrollment)
                .toList();
    }

    /** The filter is on the link's own column, which only the association object maps. */
    @Override
    public List<Enrollment> gradedAtLeast(long courseId, Grade minimum) {
        requireCourse(courseId);
        return em.createQuery("""
                        select e from Enrollment e
                        join fetch e.student s
                        join fetch e.course
                        where e.course.id = :id and e.grade >= :minimum
                        order by e.grade desc, s.name, s.id""", EnrollmentEntity.class)
                .setParameter("id", courseId)
                .setParameter("minimum", minimum.points())
                .getResultStream()
                .map(EnrollmentEntity::toEnrollment)
                .toList();
    }

    private void requireCourse(long courseId) {
        if (em.find(CourseEntity.class, courseId) == null) {
            throw NotFoundException.course(courseId);
        }
    }
}
