package dev.m2m.jooq;

import static dev.m2m.jooq.schema.Tables.COURSE;
import static dev.m2m.jooq.schema.Tables.ENROLLMENT;
import static dev.m2m.jooq.schema.Tables.STUDENT;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.count;

import dev.m2m.core.AlreadyEnrolledException;
import dev.m2m.core.Approach;
import dev.m2m.core.Course;
import dev.m2m.core.CourseFullException;
import dev.m2m.core.DuplicateCourseNameException;
import dev.m2m.core.Grade;
import dev.m2m.core.NotFoundException;
import dev.m2m.core.Student;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * Every write. Each method runs inside the caller's transaction and throws a domain exception before it
 * has written anything, so that rolling back is a formality. Capacity is held as in every approach here:
 * the course rows are locked ({@code SELECT ... FOR UPDATE}) before their links are counted, so
 * enrolments into one course queue up instead of both seeing the last free place.
 */
final class RegistrarWrites implements Approach.RegistrarWrites {

    private final DSLContext dsl;

    RegistrarWrites(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Student addStudent(String name) {
        long id = dsl.insertInto(STUDENT, STUDENT.NAME).values(name)
                .returningResult(STUDENT.ID)
                .fetchSingle().value1();
        return new Student(id, name);
    }

    @Override
    public Course addCourse(String name, int capacity) {
        try {
            long id = dsl.insertInto(COURSE, COURSE.NAME, COURSE.CAPACITY).values(name, capacity)
                    .returningResult(COURSE.ID)
                    .fetchSingle().value1();
            return new Course(id, name, capacity);
        } catch (DataAccessException e) {
            // the unique constraint decides, not a SELECT beforehand: two concurrent inserts cannot both pass it
            if (ConstraintViolations.isUniqueViolation(e)) {
                throw new DuplicateCourseNameException(name);
            }
            throw e;
        }
    }

    // tag::enroll-all[]
    /** All or nothing: the student and every course are locked and checked before the first link is written. */
    @Override
    public void enrollAll(long studentId, List<Long> courseIds) {
        lockStudent(studentId);
        if (courseIds.isEmpty()) {
            return;
        }
        // Locked in id order, whatever order the caller gave: two enrollAll calls over the same courses
        // then take their locks in the same order and cannot deadlock each other.
        Map<Long, Integer> capacities = dsl.select(COURSE.ID, COURSE.CAPACITY)
                .from(COURSE)
                .where(COURSE.ID.in(courseIds))
                .orderBy(COURSE.ID)
                .forUpdate()
                .fetchMap(COURSE.ID, COURSE.CAPACITY);
        Map<Long, SeatCount> seats = dsl.select(ENROLLMENT.COURSE_ID,
                        count(), count().filterWhere(ENROLLMENT.STUDENT_ID.eq(studentId)))
                .from(ENROLLMENT)
                .where(ENROLLMENT.COURSE_ID.in(courseIds))
                .groupBy(ENROLLMENT.COURSE_ID)
                .fetchMap(ENROLLMENT.COURSE_ID,
                        mapping((courseId, taken, mine) -> new SeatCount(courseId, taken, mine > 0)));
        for (long courseId : courseIds) {
            Integer capacity = capacities.get(courseId);
            if (capacity == null) {
                throw NotFoundException.course(courseId);
            }
            seats.getOrDefault(courseId, SeatCount.none(courseId)).check(studentId, capacity);
        }
        insertLinks(studentId, courseIds);
    }
    // end::enroll-all[]

    @Override
    public void drop(long studentId, long courseId) {
        int deleted = dsl.deleteFrom(ENROLLMENT)
                .where(ENROLLMENT.STUDENT_ID.eq(studentId), ENROLLMENT.COURSE_ID.eq(courseId))
                .execute();
        if (deleted == 0) {
            throw missingLink(studentId, courseId);
        }
    }

    @Override
    public void grade(long studentId, long courseId, Grade grade) {
        int updated = dsl.update(ENROLLMENT)
                .set(ENROLLMENT.GRADE, grade.points())
                .where(ENROLLMENT.STUDENT_ID.eq(studentId), ENROLLMENT.COURSE_ID.eq(courseId))
                .execute();
        if (updated == 0) {
            throw missingLink(studentId, courseId);
        }
    }

    // ON DELETE CASCADE on enrollment's foreign keys removes the links in the same statement
    @Override
    public void deleteStudent(long studentId) {
        if (dsl.deleteFrom(STUDENT).where(STUDENT.ID.eq(studentId)).execute() == 0) {
            throw NotFoundException.student(studentId);
        }
    }

    @Override
    public void deleteCourse(long courseId) {
        if (dsl.deleteFrom(COURSE).where(COURSE.ID.eq(courseId)).execute() == 0) {
            throw NotFoundException.course(courseId);
        }
    }

    /**
     * Locks the student's row until the transaction ends, so that a concurrent deleteStudent waits for the
     * new links (and its cascade removes them), or has deleted the student before this finds no row: H2's
     * foreign key check does not wait for an uncommitted delete of the parent.
     */
    private void lockStudent(long studentId) {
        if (dsl.select(STUDENT.ID).from(STUDENT).where(STUDENT.ID.eq(studentId)).forUpdate()
                .fetchOptional().isEmpty()) {
            throw NotFoundException.student(studentId);
        }
    }

    // tag::insert-links[]
    /** One JDBC batch, one round trip, however many links: one statement bound once per link. */
    private void insertLinks(long studentId, List<Long> courseIds) {
        var batch = dsl.batch(dsl.insertInto(ENROLLMENT, ENROLLMENT.STUDENT_ID, ENROLLMENT.COURSE_ID)
                .values((Long) null, (Long) null));
        for (long courseId : courseIds) {
            batch = batch.bind(studentId, courseId);
        }
        // The checks ran under the locks of the student and the courses, so through the registrar the keys
        // cannot fail here. They stay the last line of defence: should a writer that goes around the registrar
        // break them, this call fails as a DatabaseFailureException, which its caller could not have prevented.
        batch.execute();
    }
    // end::insert-links[]

    /**
     * Why a statement on a link touched no row: the student, the course, or only the link is missing.
     * Only the failure path pays for finding out.
     */
    private NotFoundException missingLink(long studentId, long courseId) {
        if (!dsl.fetchExists(STUDENT, STUDENT.ID.eq(studentId))) {
            return NotFoundException.student(studentId);
        }
        if (!dsl.fetchExists(COURSE, COURSE.ID.eq(courseId))) {
            return NotFoundException.course(courseId);
        }
        return NotFoundException.enrollment(studentId, courseId);
    }

    /** A course's places as counted under its row lock: how many are taken, and whether one is this student's. */
    private record SeatCount(long courseId, int taken, boolean mine) {

        static SeatCount none(long courseId) {
            return new SeatCount(courseId, 0, false);
        }

        void check(long studentId, int capacity) {
            if (mine) {
                throw new AlreadyEnrolledException(studentId, courseId);
            }
            if (taken >= capacity) {
                throw new CourseFullException(courseId, capacity);
            }
        }
    }
}
