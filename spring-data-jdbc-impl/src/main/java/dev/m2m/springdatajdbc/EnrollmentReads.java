package dev.m2m.springdatajdbc;

import dev.m2m.core.Approach;
import dev.m2m.core.Enrollment;
import dev.m2m.core.Grade;
import dev.m2m.core.NotFoundException;
import dev.m2m.springdatajdbc.mapping.CourseRepository;
import dev.m2m.springdatajdbc.mapping.EnrollmentRow;
import dev.m2m.springdatajdbc.mapping.StudentRepository;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reads of the association object: one {@code @Query} each, which starts from the student or course it
 * names and left-joins the links, so that one statement tells an unknown id (no row) from an empty list (one
 * row of nulls).
 */
// the transaction manager named, not found: see SpringDataJdbcConfiguration#transactionManager
@Transactional(transactionManager = "transactionManager", readOnly = true)
class EnrollmentReads implements Approach.EnrollmentReads {

    private final StudentRepository students;
    private final CourseRepository courses;

    EnrollmentReads(StudentRepository students, CourseRepository courses) {
        this.students = students;
        this.courses = courses;
    }

    @Override
    public List<Enrollment> transcriptOf(long studentId) {
        var rows = students.findTranscript(studentId);
        if (rows.isEmpty()) {
            throw NotFoundException.student(studentId);
        }
        return enrollments(rows);
    }

    @Override
    public List<Enrollment> rosterOf(long courseId) {
        var rows = courses.findRoster(courseId);
        if (rows.isEmpty()) {
            throw NotFoundException.course(courseId);
        }
        return enrollments(rows);
    }

    @Override
    public List<Enrollment> gradedAtLeast(long courseId, Grade minimum) {
        var rows = courses.findGradedAtLeast(courseId, minimum.points());
        if (rows.isEmpty()) {
            throw NotFoundException.course(courseId);
        }
        return enrollments(rows);
    }

    private static List<Enrollment> enrollments(List<EnrollmentRow> rows) {
        return rows.stream().filter(EnrollmentRow::isLink).map(EnrollmentRow::toEnrollment).toList();
    }
}
