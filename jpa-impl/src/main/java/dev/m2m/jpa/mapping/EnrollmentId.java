package dev.m2m.jpa.mapping;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The association table's composite key, as a value: (student_id, course_id). */
@Embeddable
public record EnrollmentId(
        @Column(name = "student_id") Long studentId,
        @Column(name = "course_id") Long courseId) {
}
