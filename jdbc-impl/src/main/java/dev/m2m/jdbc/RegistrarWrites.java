package dev.m2m.jdbc;

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
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

// tag::why-a-lock[]
/**
 * Every write. Each method runs inside the caller's transaction and throws a domain exception
 * before it has written anything, so that rolling back is a formality.
 *
 * <p>Capacity is held with a pessimistic lock: an enrolment first locks the course row
 * ({@code SELECT ... FOR UPDATE}), so enrolments into one course queue up while the count of its
 * students is read and the link inserted. Without the lock, two transactions could both count
 * "one place left" and both insert. Why not the alternatives: a conditional
 * {@code INSERT ... SELECT ... WHERE (SELECT COUNT(*) ...) < capacity} has the same race under READ
 * COMMITTED (both see the old count); a counter column updated {@code WHERE enrolled < capacity}
 * would be atomic, but keeps a second copy of what the association table already says. The lock
 * costs one statement and holds only that course, for a few milliseconds.
 */
// end::why-a-lock[]
final class RegistrarWrites implements Approach.RegistrarWrites {

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate batch;

    RegistrarWrites(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    @Override
    public Student addStudent(String name) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO student (name) VALUES (:name)").param("name", name).update(key, "id");
        return new Student(generatedId(key), name);
    }

    @Override
    public Course addCourse(String name, int capacity) {
        var key = new GeneratedKeyHolder();
        try {
            jdbc.sql("INSERT INTO course (name, capacity) VALUES (:name, :capacity)")
                    .param("name", name)
                    .param("capacity", capacity)
                    .update(key, "id");
        } catch (DuplicateKeyException e) {
            // the unique constraint decides, not a SELECT beforehand: two concurrent inserts cannot both pass it
            throw new DuplicateCourseNameException(name);
        }
        return new Course(generatedId(key), name, capacity);
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
        Map<Long, Integer> capacities = jdbc.sql("""
                        SELECT id, capacity FROM course WHERE id IN (:courseIds) ORDER BY id FOR UPDATE""")
                .param("courseIds", courseIds)
                .query((rs, row) -> Map.entry(rs.getLong("id"), rs.getInt("capacity")))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<Long, SeatCount> seats = jdbc.sql("""
                        SELECT course_id,
                               COUNT(*) AS taken,
                               COUNT(CASE WHEN student_id = :studentId THEN 1 END) AS mine
                        FROM enrollment
                        WHERE course_id IN (:courseIds)
                        GROUP BY course_id
                        """)
                .param("studentId", studentId)
                .param("courseIds", courseIds)
                .query((rs, row) -> new SeatCount(rs.getLong("course_id"), rs.getInt("taken"), rs.getInt("mine") > 0))
                .list().stream()
                .collect(Collectors.toMap(SeatCount::courseId, Function.identity()));
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
        int deleted = jdbc.sql("DELETE FROM enrollment WHERE student_id = :studentId AND course_id = :courseId")
                .param("studentId", studentId)
                .param("courseId", courseId)
                .update();
        if (deleted == 0) {
            throw missingLink(studentId, courseId);
        }
    }

    @Override
    public void grade(long studentId, long courseId, Grade grade) {
        int updated = jdbc.sql("""
                        UPDATE enrollment SET grade = :grade
                        WHERE student_id = :studentId AND course_id = :courseId""")
                .param("grade", grade.points())
                .param("studentId", studentId)
                .param("courseId", courseId)
                .update();
        if (updated == 0) {
            throw missingLink(studentId, courseId);
        }
    }

    // tag::delete[]
    // ON DELETE CASCADE on enrollment's foreign keys removes the links in the same statement; the
    // rows on the other side are untouched. No code here has to remember to delete links first.
    @Override
    public void deleteStudent(long studentId) {
        if (jdbc.sql("DELETE FROM student WHERE id = :id").param("id", studentId).update() == 0) {
            throw NotFoundException.student(studentId);
        }
    }

    @Override
    public void deleteCourse(long courseId) {
        if (jdbc.sql("DELETE FROM course WHERE id = :id").param("id", courseId).update() == 0) {
            throw NotFoundException.course(courseId);
        }
    }
    // end::delete[]

    private static long generatedId(GeneratedKeyHolder key) {
        return Objects.requireNonNull(key.getKeyAs(Long.class), "generated id");
    }

    // tag::lock-student[]
    /**
     * Locks the student's row until the transaction ends, so that a concurrent deleteStudent waits for
     * the new links (and its ON DELETE CASCADE removes them), or has deleted the student before this
     * finds no row. The foreign key alone does not hold that on every database: PostgreSQL's key check
     * takes a share lock on the parent row, but H2's neither sees nor waits for an uncommitted delete of
     * the parent, so a link could outlive its student for ever.
     */
    private void lockStudent(long studentId) {
        if (jdbc.sql("SELECT id FROM student WHERE id = :id FOR UPDATE").param("id", studentId)
                .query(Long.class).optional().isEmpty()) {
            throw NotFoundException.student(studentId);
        }
    }
    // end::lock-student[]

    // tag::insert-links[]
    /** One JDBC batch, one round trip, however many links. */
    private void insertLinks(long studentId, List<Long> courseIds) {
        SqlParameterSource[] rows = courseIds.stream()
                .map(courseId -> new MapSqlParameterSource()
                        .addValue("studentId", studentId)
                        .addValue("courseId", courseId))
                .toArray(SqlParameterSource[]::new);
        // The checks ran under the locks of the student and the courses, so through the registrar the keys
        // cannot fail here. They stay the last line of defence: should a writer that goes around the registrar
        // break them, this call fails as a DatabaseFailureException, which its caller could not have prevented.
        batch.batchUpdate("INSERT INTO enrollment (student_id, course_id) VALUES (:studentId, :courseId)", rows);
    }
    // end::insert-links[]

    /**
     * Why a statement on a link touched no row: the student, the course, or only the link is missing.
     * Only the failure path pays for finding out.
     */
    private NotFoundException missingLink(long studentId, long courseId) {
        if (!exists("SELECT COUNT(*) FROM student WHERE id = :id", studentId)) {
            return NotFoundException.student(studentId);
        }
        if (!exists("SELECT COUNT(*) FROM course WHERE id = :id", courseId)) {
            return NotFoundException.course(courseId);
        }
        return NotFoundException.enrollment(studentId, courseId);
    }

    private boolean exists(String countSql, long id) {
        return jdbc.sql(countSql).param("id", id).query(Long.class).single() > 0;
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
