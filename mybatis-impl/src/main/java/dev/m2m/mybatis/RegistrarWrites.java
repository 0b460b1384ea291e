package dev.m2m.mybatis;

import dev.m2m.core.AlreadyEnrolledException;
import dev.m2m.core.Approach;
import dev.m2m.core.Course;
import dev.m2m.core.CourseFullException;
import dev.m2m.core.DuplicateCourseNameException;
import dev.m2m.core.Grade;
import dev.m2m.core.NotFoundException;
import dev.m2m.core.Student;
import dev.m2m.mybatis.mapping.CourseMapper;
import dev.m2m.mybatis.mapping.CourseRow;
import dev.m2m.mybatis.mapping.EnrollmentMapper;
import dev.m2m.mybatis.mapping.LockedCourse;
import dev.m2m.mybatis.mapping.SeatCount;
import dev.m2m.mybatis.mapping.StudentMapper;
import dev.m2m.mybatis.mapping.StudentRow;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;

/**
 * Every write, inside the caller's session. Each throws a domain exception before it has written
 * anything.
 *
 * <p>Capacity is held by a pessimistic lock, written in the SQL as MyBatis users do: the course rows
 * are locked first ({@code CourseMapper.lockForEnrolment}, {@code SELECT ... FOR UPDATE}), and the
 * seats are counted by a later statement, which sees every enrolment committed while it waited.
 * A conditional insert alone would let two concurrent enrolments both see the last free place.
 */
final class RegistrarWrites implements Approach.RegistrarWrites {

    private final SqlSession session;

    RegistrarWrites(SqlSession session) {
        this.session = session;
    }

    @Override
    public Student addStudent(String name) {
        var row = new StudentRow(name);
        session.getMapper(StudentMapper.class).insert(row);
        return row.toStudent();
    }

    @Override
    public Course addCourse(String name, int capacity) {
        var row = new CourseRow(name, capacity);
        try {
            session.getMapper(CourseMapper.class).insert(row);
        } catch (PersistenceException e) {
            // the unique constraint decides, not a SELECT beforehand: two concurrent inserts cannot both pass it
            if (ConstraintViolations.isUniqueViolation(e)) {
                throw new DuplicateCourseNameException(name);
            }
            throw e;
        }
        return row.toCourse();
    }

    /**
     * All or nothing: the student and every course are locked and checked before the first link is written.
     * In a BATCH session the inserts then leave as one JDBC batch, sent by {@code flushStatements()}.
     */
    @Override
    public void enrollAll(long studentId, List<Long> courseIds) {
        lockStudent(studentId);
        if (courseIds.isEmpty()) {
            return;
        }
        // Locked in id order, whatever order the caller gave: two enrollAll calls over the same courses
        // then take their locks in the same order and cannot deadlock each other.
        Map<Long, LockedCourse> locked = session.getMapper(CourseMapper.class).lockForEnrolment(courseIds).stream()
                .collect(Collectors.toMap(LockedCourse::id, Function.identity()));
        Map<Long, SeatCount> seats = session.getMapper(EnrollmentMapper.class).countSeats(courseIds, studentId).stream()
                .collect(Collectors.toMap(SeatCount::courseId, Function.identity()));
        for (long courseId : courseIds) {
            var course = locked.get(courseId);
            if (course == null) {
                throw NotFoundException.course(courseId);
            }
            seats.getOrDefault(courseId, SeatCount.none(courseId)).check(studentId, course.capacity());
        }
        insertLinks(studentId, courseIds);
    }

    @Override
    public void drop(long studentId, long courseId) {
        if (session.getMapper(EnrollmentMapper.class).delete(studentId, courseId) == 0) {
            throw missingLink(studentId, courseId);
        }
    }

    @Override
    public void grade(long studentId, long courseId, Grade grade) {
        if (session.getMapper(EnrollmentMapper.class).grade(studentId, courseId, grade.points()) == 0) {
            throw missingLink(studentId, courseId);
        }
    }

    @Override
    public void deleteStudent(long studentId) {
        if (session.getMapper(StudentMapper.class).delete(studentId) == 0) {
            throw NotFoundException.student(studentId);
        }
    }

    @Override
    public void deleteCourse(long courseId) {
        if (session.getMapper(CourseMapper.class).delete(courseId) == 0) {
            throw NotFoundException.course(courseId);
        }
    }

    /** Locks the student's row until the transaction ends, so that a concurrent deleteStudent waits for the links. */
    private void lockStudent(long studentId) {
        if (session.getMapper(StudentMapper.class).lockForEnrolment(studentId) == null) {
            throw NotFoundException.student(studentId);
        }
    }

    /** Queued in the BATCH session, sent as one JDBC batch by the flush: one round trip, however many links. */
    private void insertLinks(long studentId, List<Long> courseIds) {
        var enrollments = session.getMapper(EnrollmentMapper.class);
        courseIds.forEach(courseId -> enrollments.insert(studentId, courseId));
        // The checks ran under the locks of the student and the courses, so through the registrar the keys
        // cannot fail here. They stay the last line of defence: should a writer that goes around the registrar
        // break them, this call fails as a DatabaseFailureException, which its caller could not have prevented.
        session.flushStatements();
    }

    /**
     * Why a statement on a link touched no row: the student, the course, or only the link is missing.
     * Only the failure path pays for finding out.
     */
    private NotFoundException missingLink(long studentId, long courseId) {
        if (!session.getMapper(StudentMapper.class).exists(studentId)) {
            return NotFoundException.student(studentId);
        }
        if (!session.getMapper(CourseMapper.class).exists(courseId)) {
            return NotFoundException.course(courseId);
        }
        return NotFoundException.enrollment(studentId, courseId);
    }
}
