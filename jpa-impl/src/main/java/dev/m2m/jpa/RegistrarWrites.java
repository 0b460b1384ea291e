package dev.m2m.jpa;

import dev.m2m.core.AlreadyEnrolledException;
import dev.m2m.core.Approach;
import dev.m2m.core.Course;
import dev.m2m.core.CourseFullException;
import dev.m2m.core.DuplicateCourseNameException;
import dev.m2m.core.Grade;
import dev.m2m.core.NotFoundException;
import dev.m2m.core.Student;
import dev.m2m.jpa.mapping.CourseEntity;
import dev.m2m.jpa.mapping.EnrollmentEntity;
import dev.m2m.jpa.mapping.EnrollmentId;
import dev.m2m.jpa.mapping.StudentEntity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * Every write, through the entities and their helpers. Links are added on the owning side
 * ({@link StudentEntity#enroll}), and the flush at commit turns that into {@code enrollment} rows; a drop and
 * a course's deletion remove them by bulk deletes of the association object.
 *
 * <p>Capacity is held with a pessimistic lock, {@link LockModeType#PESSIMISTIC_WRITE} on the course
 * ({@code SELECT ... FOR UPDATE} on H2; Hibernate writes {@code FOR NO KEY UPDATE} on PostgreSQL, which
 * still queues other writers and deletes of the row, but not the key checks of new links): enrolments
 * into one course queue up while its students are counted and the link is written, so two of them
 * cannot both take the last place. JPA's other answer, optimistic locking ({@code @Version} on the course
 * and {@code LockModeType.OPTIMISTIC_FORCE_INCREMENT}), needs a version column and a retry around every
 * enrolment that loses; for a short transaction on one row, waiting is simpler than retrying.
 */
final class RegistrarWrites implements Approach.RegistrarWrites {

    private final EntityManager em;

    RegistrarWrites(EntityManager em) {
        this.em = em;
    }

    @Override
    public Student addStudent(String name) {
        var student = new StudentEntity(name);
        em.persist(student);
        return student.toStudent();
    }

    @Override
    public Course addCourse(String name, int capacity) {
        var course = new CourseEntity(name, capacity);
        try {
            em.persist(course);
            em.flush();
        } catch (PersistenceException e) {
            // The unique constraint decides, not a query beforehand: two concurrent inserts cannot both pass it.
            if (ConstraintViolations.isUniqueViolation(e)) {
                throw new DuplicateCourseNameException(name);
            }
            throw e;
        }
        return course.toCourse();
    }

    // tag::enroll-all[]
    /** All or nothing: the student and every course are locked and checked before the first link is added. */
    @Override
    public void enrollAll(long studentId, List<Long> courseIds) {
        var student = lockStudent(studentId);
        if (courseIds.isEmpty()) {
            return;
        }
        // Locked in id order, whatever order the caller gave: two enrollAll calls over the same courses
        // then take their locks in the same order and cannot deadlock each other.
        Map<Long, CourseEntity> courses = em.createQuery("""
                        select c from Course c
                        where c.id in :ids
                        order by c.id""", CourseEntity.class)
                .setParameter("ids", courseIds)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .collect(Collectors.toMap(CourseEntity::getId, Function.identity()));
        var taken = seatsTaken(List.copyOf(courses.values()));
        var ordered = new ArrayList<CourseEntity>();
        for (long courseId : courseIds) {
            var course = courses.get(courseId);
            if (course == null) {
                throw NotFoundException.course(courseId);
            }
            checkSeat(student, course, taken);
            ordered.add(course);
        }
        // The checks ran under the locks of the student and the courses: the commit's flush cannot break a key.
        ordered.forEach(student::enroll);
    }
    // end::enroll-all[]

    // tag::drop[]
    // A bulk delete of the association object, not student.drop(course): Hibernate does not check how many
    // rows a collection's DELETE removed, so with the helper two concurrent drops of one link would both
    // be told they removed it. executeUpdate returns the count. Nothing is loaded, so the persistence
    // context has nothing to keep in step.
    @Override
    public void drop(long studentId, long courseId) {
        int deleted = em.createQuery("""
                        delete from Enrollment e
                        where e.id.studentId = :studentId and e.id.courseId = :courseId""")
                .setParameter("studentId", studentId)
                .setParameter("courseId", courseId)
                .executeUpdate();
        if (deleted == 0) {
            throw missingLink(studentId, courseId);
        }
        detachEnrollments(id -> id.studentId() == studentId && id.courseId() == courseId);
    }
    // end::drop[]

    /**
     * The grade goes through the association object, the only mapping of that column: found by its
     * key, changed, and written by dirty checking as {@code UPDATE enrollment SET grade = ?}.
     */
    // tag::grade[]
    @Override
    public void grade(long studentId, long courseId, Grade grade) {
        // Locked: a drop committed between this find and the UPDATE would make the UPDATE touch no row,
        // and Hibernate would call that a stale entity. Locked, the drop waits, or has happened and the
        // find returns null.
        var enrollment = em.find(EnrollmentEntity.class, new EnrollmentId(studentId, courseId),
                LockModeType.PESSIMISTIC_WRITE);
        if (enrollment == null) {
            throw missingLink(studentId, courseId);
        }
        enrollment.setGrade(grade);
    }
    // end::grade[]

    // tag::delete[]
    // The owning side: removing the student makes Hibernate delete all its enrollment rows in one statement
    // (the collection goes with its owner: one DELETE by student_id, whatever the number of links), then the
    // student. The courses stay, since there is no cascade on the relationship.
    @Override
    public void deleteStudent(long studentId) {
        var student = lockStudent(studentId);
        forgetInLoadedCourses(student);
        em.remove(student);
        detachEnrollments(id -> id.studentId() == studentId);
    }

    // The inverse side: Hibernate writes links only from the owning side, so removing the course would not
    // delete its enrollment rows. Dropping them through each student loads every student of the course
    // (chapter 8 measures it); a bulk delete of the association object is one
    // statement whatever their number, the one the owning side sends for a student. Preferred to @OnDelete
    // and the schema's cascade: plain JPA, visible here, and right whether or not the schema cascades. Like
    // any bulk statement it bypasses the persistence context, which is brought in step first.
    @Override
    public void deleteCourse(long courseId) {
        var course = lockCourse(courseId);
        dropFromLoadedStudents(course);
        em.createQuery("delete from Enrollment e where e.id.courseId = :courseId")
                .setParameter("courseId", courseId)
                .executeUpdate();
        detachEnrollments(id -> id.courseId() == courseId);
        em.remove(course);
    }
    // end::delete[]

    /**
     * Found and locked ({@code PESSIMISTIC_WRITE}: {@code FOR UPDATE}, or on PostgreSQL {@code FOR NO KEY
     * UPDATE}, which a DELETE of the row waits for all the same) until the transaction ends. A call that writes
     * links of the student or deletes it locks it first, so such calls queue: a deleteStudent waits for
     * an enrolment's new links (and removes them) or has removed the student before the enrolment finds
     * nothing. Without it, two deletes of one student would both find it, and the second's DELETE would
     * touch no row, which Hibernate reports as a stale entity, not as "not found". The foreign key alone
     * does not order an enrolment after a delete on H2, which neither sees nor waits for an uncommitted
     * delete of the parent row.
     */
    private StudentEntity lockStudent(long studentId) {
        var student = em.find(StudentEntity.class, studentId, LockModeType.PESSIMISTIC_WRITE);
        if (student == null) {
            throw NotFoundException.student(studentId);
        }
        return student;
    }

    /**
     * Under the courses' locks: how many students each holds, counted by the database in one query. The
     * students themselves are never loaded: a course may hold tens of thousands.
     */
    private Map<Long, Long> seatsTaken(List<CourseEntity> courses) {
        if (courses.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("""
                        select c.id, count(s.id) from Course c
                        left join c.students s
                        where c in :courses
                        group by c.id""", SeatCount.class)
                .setParameter("courses", courses)
                .getResultStream()
                .collect(Collectors.toMap(SeatCount::courseId, SeatCount::taken));
    }

    /** Already in it (the student's few courses are loaded)? Full? */
    private static void checkSeat(StudentEntity student, CourseEntity course, Map<Long, Long> taken) {
        if (student.getCourses().contains(course)) {
            throw new AlreadyEnrolledException(student.getId(), course.getId());
        }
        if (taken.getOrDefault(course.getId(), 0L) >= course.getCapacity()) {
            throw new CourseFullException(course.getId(), course.getCapacity());
        }
    }

    /**
     * Why a statement on a link touched no row: the student, the course, or only the link is missing.
     * Only the failure path pays for finding out.
     */
    private NotFoundException missingLink(long studentId, long courseId) {
        if (em.find(StudentEntity.class, studentId) == null) {
            return NotFoundException.student(studentId);
        }
        if (em.find(CourseEntity.class, courseId) == null) {
            return NotFoundException.course(courseId);
        }
        return NotFoundException.enrollment(studentId, courseId);
    }

    /**
     * A loaded association object of a deleted link must not stay managed: a grade set on it later would
     * update no row, which Hibernate reports as a stale entity.
     */
    private void detachEnrollments(Predicate<EnrollmentId> deleted) {
        for (var enrollment : managed(EnrollmentEntity.class)) {
            if (deleted.test(enrollment.getId())) {
                em.detach(enrollment);
            }
        }
    }

    /**
     * The entities of a type this persistence context manages. Hibernate 7's {@code getManagedEntities}
     * (incubating) throws a NullPointerException on a context that holds no entity yet, as drop's does.
     */
    private <T> Collection<T> managed(Class<T> type) {
        var session = em.unwrap(Session.class);
        return session.getStatistics().getEntityCount() == 0 ? List.of() : session.getManagedEntities(type);
    }

    /**
     * A loaded course would keep showing a deleted student in its inverse side, which Hibernate never writes:
     * forgetting the student there keeps the context true, as {@link #dropFromLoadedStudents} does for a course.
     */
    private void forgetInLoadedCourses(StudentEntity student) {
        for (var course : managed(CourseEntity.class)) {
            course.forgetDeleted(student);
        }
    }

    /** Found and locked, as {@link #lockStudent}: the second of two deletes waits, then finds nothing. */
    private CourseEntity lockCourse(long courseId) {
        var course = em.find(CourseEntity.class, courseId, LockModeType.PESSIMISTIC_WRITE);
        if (course == null) {
            throw NotFoundException.course(courseId);
        }
        return course;
    }

    /**
     * A student loaded in this persistence context with its courses would keep showing the course after
     * the bulk delete; dropping it there keeps the context true. That drop is a change of the owning side,
     * so it sends its own DELETE of that one row, with the flush Hibernate runs before the bulk delete.
     * Only what is loaded is touched ({@code getManagedEntities}, Hibernate 7): the registrar's calls start
     * with an empty context, so for them this sends nothing.
     */
    private void dropFromLoadedStudents(CourseEntity course) {
        for (var student : managed(StudentEntity.class)) {
            if (student.hasLoaded(course)) {
                student.drop(course);
            }
        }
    }

    /** How many students a course holds: a projection, the students themselves are never loaded. */
    record SeatCount(Long courseId, Long taken) {
    }
}
