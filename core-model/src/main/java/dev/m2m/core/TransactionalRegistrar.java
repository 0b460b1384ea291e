package dev.m2m.core;

import java.util.List;
import java.util.function.Consumer;

/**
 * An {@link Approach} as a {@link Registrar}: each call one transaction, the approach's part made for its
 * session, the work delegated. Unchecked: {@link Approach#registrar} is the only way to one, and wraps it
 * in {@link CheckedRegistrar}.
 */
final class TransactionalRegistrar<S> implements Registrar {

    private final Approach<S> approach;
    private final Approach.Transactions<S> transactions;

    TransactionalRegistrar(Approach<S> approach) {
        this.approach = approach;
        this.transactions = approach.transactions();
    }

    @Override
    public Student addStudent(String name) {
        return transactions.write(session -> writes(session).addStudent(name));
    }

    @Override
    public Course addCourse(String name, int capacity) {
        return transactions.write(session -> writes(session).addCourse(name, capacity));
    }

    @Override
    public ImportedSchool importSchool(SchoolImport school) {
        return transactions.writeMany(session -> approach.importer().apply(session).importSchool(school));
    }

    @Override
    public void enroll(long studentId, long courseId) {
        // one enrolment is an enrollAll of one course, in every approach
        enrollAll(studentId, List.of(courseId));
    }

    @Override
    public void enrollAll(long studentId, List<Long> courseIds) {
        transactions.writeMany(session -> nothing(() -> writes(session).enrollAll(studentId, courseIds)));
    }

    @Override
    public void drop(long studentId, long courseId) {
        write(writes -> writes.drop(studentId, courseId));
    }

    @Override
    public void deleteStudent(long studentId) {
        write(writes -> writes.deleteStudent(studentId));
    }

    @Override
    public void deleteCourse(long courseId) {
        write(writes -> writes.deleteCourse(courseId));
    }

    @Override
    public void grade(long studentId, long courseId, Grade grade) {
        write(writes -> writes.grade(studentId, courseId, grade));
    }

    @Override
    public List<Student> studentsIn(String courseName) {
        return transactions.read(session -> reads(session).studentsIn(courseName));
    }

    @Override
    public List<Course> coursesOf(long studentId) {
        return findStudent(studentId).courses();
    }

    @Override
    public StudentWithCourses findStudent(long studentId) {
        return transactions.read(session -> reads(session).findStudent(studentId));
    }

    @Override
    public CourseWithStudents findCourse(long courseId) {
        return transactions.read(session -> reads(session).findCourse(courseId));
    }

    @Override
    public List<StudentWithCourses> listStudents(long afterId, int limit) {
        return transactions.read(session -> reads(session).listStudents(afterId, limit));
    }

    @Override
    public List<CourseStats> courseStats() {
        return transactions.read(session -> reads(session).courseStats());
    }

    @Override
    public List<Student> classmatesOf(long studentId) {
        return transactions.read(session -> reads(session).classmatesOf(studentId));
    }

    @Override
    public List<Student> studentsWithoutCourses() {
        return transactions.read(session -> reads(session).studentsWithoutCourses());
    }

    @Override
    public List<Enrollment> transcriptOf(long studentId) {
        return transactions.read(session -> enrollmentReads(session).transcriptOf(studentId));
    }

    @Override
    public List<Enrollment> rosterOf(long courseId) {
        return transactions.read(session -> enrollmentReads(session).rosterOf(courseId));
    }

    @Override
    public List<Enrollment> gradedAtLeast(long courseId, Grade minimum) {
        return transactions.read(session -> enrollmentReads(session).gradedAtLeast(courseId, minimum));
    }

    @Override
    public void close() {
        transactions.close();
    }

    private Approach.RegistrarReads reads(S session) {
        return approach.reads().apply(session);
    }

    private Approach.RegistrarWrites writes(S session) {
        return approach.writes().apply(session);
    }

    private Approach.EnrollmentReads enrollmentReads(S session) {
        return approach.enrollmentReads().apply(session);
    }

    /** A write that returns nothing, in one transaction. */
    private void write(Consumer<Approach.RegistrarWrites> work) {
        transactions.write(session -> nothing(() -> work.accept(writes(session))));
    }

    private static Void nothing(Runnable work) {
        work.run();
        return null;
    }
}
