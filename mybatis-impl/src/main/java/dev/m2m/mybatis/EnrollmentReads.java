package dev.m2m.mybatis;

import dev.m2m.core.Enrollment;
import dev.m2m.core.Grade;
import dev.m2m.core.NotFoundException;
import java.util.List;
import java.util.function.Supplier;
import org.apache.ibatis.session.SqlSession;

/**
 * The reads of the association object, inside the caller's session. Each starts from its anchor (the
 * student, the course): no row means the anchor does not exist, a row without a link that it exists and
 * has no enrolment.
 */
final class EnrollmentReads {

    private EnrollmentReads() {
    }

    static List<Enrollment> transcriptOf(SqlSession session, long studentId) {
        return enrollments(mapper(session).transcriptOf(studentId), () -> NotFoundException.student(studentId));
    }

    static List<Enrollment> rosterOf(SqlSession session, long courseId) {
        return enrollments(mapper(session).rosterOf(courseId), () -> NotFoundException.course(courseId));
    }

    static List<Enrollment> gradedAtLeast(SqlSession session, long courseId, Grade minimum) {
        return enrollments(mapper(session).gradedAtLeast(courseId, minimum.points()),
                () -> NotFoundException.course(courseId));
    }

    private static EnrollmentMapper mapper(SqlSession session) {
        return session.getMapper(EnrollmentMapper.class);
    }

    private static List<Enrollment> enrollments(List<EnrollmentRow> rows, Supplier<NotFoundException> unknown) {
        if (rows.isEmpty()) {
            throw unknown.get();
        }
        return rows.stream().filter(EnrollmentRow::isLink).map(EnrollmentRow::toEnrollment).toList();
    }
}
