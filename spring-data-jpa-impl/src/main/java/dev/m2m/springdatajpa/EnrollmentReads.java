package dev.m2m.springdatajpa;

import dev.m2m.core.Approach;
import dev.m2m.core.Enrollment;
import dev.m2m.core.Grade;
import dev.m2m.core.NotFoundException;
import dev.m2m.jpa.mapping.EnrollmentEntity;
import dev.m2m.springdatajpa.mapping.CourseRepository;
import dev.m2m.springdatajpa.mapping.EnrollmentRepository;
import dev.m2m.springdatajpa.mapping.StudentRepository;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reads of the association object, through {@code EnrollmentEntity}. Two statements each, as in
 * jpa-impl: does the student or course exist ({@code existsById}, a count by id), then its enrolments with
 * both ends fetched in the same query.
 */
// the transaction manager named, not found: see SpringDataJpaConfiguration#transactionManager
@Transactional(transactionManager = "transactionManager", readOnly = true)
class EnrollmentReads implements Approach.EnrollmentReads {

    private final StudentRepository students;
    private final CourseRepository courses;
    private final EnrollmentRepository enrollments;

    EnrollmentReads(StudentRepository students, CourseRepository courses, EnrollmentRepository enrollments) {
        this.students = students;
        this.courses = courses;
        this.enrollments = enrollments;
    }

    @Override
    public List<Enrollment> transcriptOf(long studentId) {
        if (!students.existsById(studentId)) {
            throw NotFoundException.student(studentId);
        }
        return toEnrollments(enrollments.findTranscript(studentId));
    }

    @Override
    public List<Enrollment> rosterOf(long courseId) {
        requireCourse(courseId);
        return toEnrollments(enrollments.findRoster(courseId));
    }

    @Override
    public List<Enrollment> gradedAtLeast(long courseId, Grade minimum) {
        requireCourse(courseId);
        return toEnrollments(enrollments.findGradedAtLeast(courseId, minimum.points()));
    }

    private void requireCourse(long courseId) {
        if (!courses.existsById(courseId)) {
            throw NotFoundException.course(courseId);
        }
    }

    private static List<Enrollment> toEnrollments(List<EnrollmentEntity> entities) {
        return entities.stream().map(EnrollmentEntity::toEnrollment).toList();
    }
}
