package dev.m2m.mybatis;

import dev.m2m.core.Approach;
import dev.m2m.core.Enrollment;
import dev.m2m.core.Grade;
import dev.m2m.core.NotFoundException;
import dev.m2m.mybatis.mapping.EnrollmentMapper;
import dev.m2m.mybatis.mapping.EnrollmentRow;
import java.util.List;
import java.util.function.Supplier;
import org.apache.ibatis.session.SqlSession;

/**
 * The reads of the association object, inside the caller's session. Each starts from its anchor (the
 * student, the course): no row means the anchor does not exist, a row without a link that it exists and
 * has no enrolment.
 */
final class EnrollmentReads implements Approach.EnrollmentReads {

    private final SqlSession session;

    EnrollmentReads(SqlSession session) {
        this.session = session;
    }

    @Override
    public List<Enrollment> transcriptOf(long studentId) {
        return enrollments(mapper().transcriptOf(studentId), () -> NotFoundException.student(studentId));
    }

    @Override
    public List<Enrollment> rosterOf(long courseId) {
        return enrollments(mapper().rosterOf(courseId), () -> NotFoundException.course(courseId));
    }

    @Override
    public List<Enrollment> gradedAtLeast(long courseId, Grade minimum) {
        return enrollments(mapper().gradedAtLeast(courseId, minimum.points()),
                () -> NotFoundException.course(courseId));
    }

    private EnrollmentMapper mapper() {
        return session.getMapper(EnrollmentMapper.class);
    }

    private static List<Enrollment> enrollments(List<EnrollmentRow> rows, Supplier<NotFoundException> unknown) {
        if (rows.isEmpty()) {
            throw unknown.get();
        }
        return rows.stream().filter(EnrollmentRow::isLink).map(EnrollmentRow::toEnrollment).toList();
    }
}
