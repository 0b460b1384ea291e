package dev.m2m.mybatis.mapping;

import dev.m2m.core.Course;
import dev.m2m.core.Enrollment;
import dev.m2m.core.Grade;
import dev.m2m.core.Student;
import java.time.OffsetDateTime;

/**
 * What the {@code enrollment} result map fills in: the link's key, its two ends (each an
 * {@code <association>}), and its own data. A row without a link (the anchor of a LEFT JOIN) has no
 * enrolment time.
 */
public final class EnrollmentRow {

    private Long studentId;
    private Long courseId;
    private Student student;
    private Course course;
    private OffsetDateTime enrolledAt;
    private Integer grade;

    public boolean isLink() {
        return enrolledAt != null;
    }

    public Enrollment toEnrollment() {
        return new Enrollment(student, course, enrolledAt.toInstant(), grade == null ? null : new Grade(grade));
    }
}
