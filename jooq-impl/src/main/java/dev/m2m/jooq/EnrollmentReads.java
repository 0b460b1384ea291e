package dev.m2m.jooq;

import static dev.m2m.jooq.schema.Tables.COURSE;
import static dev.m2m.jooq.schema.Tables.ENROLLMENT;
import static dev.m2m.jooq.schema.Tables.STUDENT;
import static org.jooq.Records.mapping;

import dev.m2m.core.Approach;
import dev.m2m.core.Course;
import dev.m2m.core.Enrollment;
import dev.m2m.core.Grade;
import dev.m2m.core.NotFoundException;
import dev.m2m.core.Student;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record7;
import org.jooq.Result;
import org.jooq.SelectSelectStep;

/**
 * The reads of the association object: enrolments with their own data (time, grade). Each starts
 * FROM the student or course it names and LEFT JOINs the links, so one statement also tells an
 * unknown id (no row) from an empty list (one row of nulls).
 */
final class EnrollmentReads implements Approach.EnrollmentReads {

    private final DSLContext dsl;

    EnrollmentReads(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Enrollment> transcriptOf(long studentId) {
        return enrollments(selectEnrollments()
                .from(STUDENT)
                .leftJoin(ENROLLMENT).on(ENROLLMENT.STUDENT_ID.eq(STUDENT.ID))
                .leftJoin(COURSE).on(COURSE.ID.eq(ENROLLMENT.COURSE_ID))
                .where(STUDENT.ID.eq(studentId))
                .orderBy(COURSE.NAME, COURSE.ID)
                .fetch())
                .orElseThrow(() -> NotFoundException.student(studentId));
    }

    @Override
    public List<Enrollment> rosterOf(long courseId) {
        return enrollments(selectEnrollments()
                .from(COURSE)
                .leftJoin(ENROLLMENT).on(ENROLLMENT.COURSE_ID.eq(COURSE.ID))
                .leftJoin(STUDENT).on(STUDENT.ID.eq(ENROLLMENT.STUDENT_ID))
                .where(COURSE.ID.eq(courseId))
                .orderBy(STUDENT.NAME, STUDENT.ID)
                .fetch())
                .orElseThrow(() -> NotFoundException.course(courseId));
    }

    // tag::graded-at-least[]
    /**
     * The filter on the link's grade sits in the join condition, not in WHERE: the course row must survive
     * when no enrolment qualifies, or "no such course" and "nobody that good" would look alike.
     */
    @Override
    public List<Enrollment> gradedAtLeast(long courseId, Grade minimum) {
        return enrollments(selectEnrollments()
                .from(COURSE)
                .leftJoin(ENROLLMENT).on(ENROLLMENT.COURSE_ID.eq(COURSE.ID).and(ENROLLMENT.GRADE.ge(minimum.points())))
                .leftJoin(STUDENT).on(STUDENT.ID.eq(ENROLLMENT.STUDENT_ID))
                .where(COURSE.ID.eq(courseId))
                .orderBy(ENROLLMENT.GRADE.desc(), STUDENT.NAME, STUDENT.ID)
                .fetch())
                .orElseThrow(() -> NotFoundException.course(courseId));
    }
    // end::graded-at-least[]

    /** The student, the course and the link's own data: seven typed columns. */
    private SelectSelectStep<Record7<Long, String, Long, String, Integer, OffsetDateTime, Integer>>
            selectEnrollments() {
        return dsl.select(STUDENT.ID, STUDENT.NAME, COURSE.ID, COURSE.NAME, COURSE.CAPACITY,
                ENROLLMENT.ENROLLED_AT, ENROLLMENT.GRADE);
    }

    /** The enrolments of the rows; empty when there was no row at all (the anchor does not exist). */
    private static Optional<List<Enrollment>> enrollments(
            Result<Record7<Long, String, Long, String, Integer, OffsetDateTime, Integer>> rows) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(rows.stream()
                .map(mapping(EnrollmentReads::enrollmentOrNull))
                .filter(Objects::nonNull)
                .toList());
    }

    /** The row's enrolment, or null for the LEFT JOIN's row of nulls (an anchor without links). */
    private static Enrollment enrollmentOrNull(Long studentId, String studentName, Long courseId, String courseName,
                                               Integer capacity, OffsetDateTime enrolledAt, Integer grade) {
        if (enrolledAt == null) {
            return null;
        }
        return new Enrollment(new Student(studentId, studentName), new Course(courseId, courseName, capacity),
                enrolledAt.toInstant(), grade == null ? null : new Grade(grade));
    }
}
