package dev.m2m.core;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What every approach promises around its work, written once: each call checks its arguments
 * ({@link ArgumentChecks}) before anything else, is refused once the registrar is closed, and lets no
 * technology's exception out. A domain exception the approach threw passes as it is; one of the
 * technology's own exceptions (a lost connection, a timeout: what the approach names as its database's
 * failures) becomes a {@link DatabaseFailureException} naming the operation. Anything else is a bug, and
 * passes as it is rather than pose as a database failure.
 * {@link Approach#registrar} is the one way in: it wraps the approach's transactional registrar in this,
 * and neither that registrar nor {@link #of} is visible outside this package, so no caller can reach an
 * unchecked registrar, and no approach repeats a check.
 */
public final class CheckedRegistrar implements Registrar {

    private final Registrar unchecked;
    private final Predicate<RuntimeException> isDatabaseFailure;
    private final AtomicBoolean closed = new AtomicBoolean();

    private CheckedRegistrar(Registrar unchecked, Predicate<RuntimeException> isDatabaseFailure) {
        this.unchecked = unchecked;
        this.isDatabaseFailure = isDatabaseFailure;
    }

    /**
     * The approach's registrar, held to the checks and the exception policy of {@link Registrar}.
     *
     * @param isDatabaseFailure which of the exceptions the approach lets escape are its technology's report of
     *                          a failed database call (Spring's {@code DataAccessException}, JPA's and MyBatis's
     *                          {@code PersistenceException}, ...)
     */
    static Registrar of(Registrar unchecked, Predicate<RuntimeException> isDatabaseFailure) {
        return new CheckedRegistrar(unchecked, isDatabaseFailure);
    }

    @Override
    public Student addStudent(String name) {
        ArgumentChecks.studentName(name);
        return call("addStudent", () -> unchecked.addStudent(name));
    }

    @Override
    public Course addCourse(String name, int capacity) {
        ArgumentChecks.courseName(name);
        ArgumentChecks.capacity(capacity);
        return call("addCourse", () -> unchecked.addCourse(name, capacity));
    }

    @Override
    public ImportedSchool importSchool(SchoolImport school) {
        ArgumentChecks.schoolImport(school);
        return call("importSchool", () -> unchecked.importSchool(school));
    }

    @Override
    public void enroll(long studentId, long courseId) {
        ArgumentChecks.studentId(studentId);
        ArgumentChecks.courseId(courseId);
        run("enroll", () -> unchecked.enroll(studentId, courseId));
    }

    @Override
    public void enrollAll(long studentId, List<Long> courseIds) {
        ArgumentChecks.studentId(studentId);
        var ids = ArgumentChecks.courseIds(courseIds);
        run("enrollAll", () -> unchecked.enrollAll(studentId, ids));
    }

    @Override
    public void drop(long studentId, long courseId) {
        ArgumentChecks.studentId(studentId);
        ArgumentChecks.courseId(courseId);
        run("drop", () -> unchecked.drop(studentId, courseId));
    }

    @Override
    public void deleteStudent(long studentId) {
        ArgumentChecks.studentId(studentId);
        run("deleteStudent", () -> unchecked.deleteStudent(studentId));
    }

    @Override
    public void deleteCourse(long courseId) {
        ArgumentChecks.courseId(courseId);
        run("deleteCourse", () -> unchecked.deleteCourse(courseId));
    }

    @Override
    public void grade(long studentId, long courseId, Grade grade) {
        ArgumentChecks.studentId(studentId);
        ArgumentChecks.courseId(courseId);
        ArgumentChecks.grade(grade);
        run("grade", () -> unchecked.grade(studentId, courseId, grade));
    }

    @Override
    public List<Student> studentsIn(String courseName) {
        ArgumentChecks.courseName(courseName);
        return call("studentsIn", () -> unchecked.studentsIn(courseName));
    }

    @Override
    public List<Course> coursesOf(long studentId) {
        ArgumentChecks.studentId(studentId);
        return call("coursesOf", () -> unchecked.coursesOf(studentId));
    }

    @Override
    public StudentWithCourses findStudent(long studentId) {
        ArgumentChecks.studentId(studentId);
        return call("findStudent", () -> unchecked.findStudent(studentId));
    }

    @Override
    public CourseWithStudents findCourse(long courseId) {
        ArgumentChecks.courseId(courseId);
        return call("findCourse", () -> unchecked.findCourse(courseId));
    }

    @Override
    public List<StudentWithCourses> listStudents(long afterId, int limit) {
        ArgumentChecks.afterId(afterId);
        ArgumentChecks.pageLimit(limit);
        return call("listStudents", () -> unchecked.listStudents(afterId, limit));
    }

    @Override
    public List<CourseStats> courseStats() {
        return call("courseStats", unchecked::courseStats);
    }

    @Override
    public List<Student> classmatesOf(long studentId) {
        ArgumentChecks.studentId(studentId);
        return call("classmatesOf", () -> unchecked.classmatesOf(studentId));
    }

    @Override
    public List<Student> studentsWithoutCourses() {
        return call("studentsWithoutCourses", unchecked::studentsWithoutCourses);
    }

    @Override
    public List<Enrollment> transcriptOf(long studentId) {
        ArgumentChecks.studentId(studentId);
        return call("transcriptOf", () -> unchecked.transcriptOf(studentId));
    }

    @Override
    public List<Enrollment> rosterOf(long courseId) {
        ArgumentChecks.courseId(courseId);
        return call("rosterOf", () -> unchecked.rosterOf(courseId));
    }

    @Override
    public List<Enrollment> gradedAtLeast(long courseId, Grade minimum) {
        ArgumentChecks.courseId(courseId);
        ArgumentChecks.grade(minimum);
        return call("gradedAtLeast", () -> unchecked.gradedAtLeast(courseId, minimum));
    }

    /** Refuses new calls, then releases what the approach holds, once; the DataSource stays open. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            unchecked.close();
        }
    }

    // tag::policy[]
    private <T> T call(String operation, Supplier<T> work) {
        if (closed.get()) {
            throw new IllegalStateException("registrar is closed");
        }
        try {
            return work.get();
        } catch (RegistrarException e) {
            throw e;
        } catch (RuntimeException e) {
            if (closed.get()) {
                // close() ran while this call was under way, and the approach met what it had released (JPA's
                // closed factory, say): whatever it threw, the caller is told why, the failure kept as the cause
                throw new IllegalStateException("registrar is closed", e);
            }
            if (isDatabaseFailure.test(e)) {
                throw new DatabaseFailureException(operation, e);
            }
            throw e;
        }
    }
    // end::policy[]

    private void run(String operation, Runnable work) {
        call(operation, () -> {
            work.run();
            return null;
        });
    }
}
