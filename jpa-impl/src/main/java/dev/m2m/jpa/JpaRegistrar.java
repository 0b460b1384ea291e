package dev.m2m.jpa;

import dev.m2m.core.CheckedRegistrar;
import dev.m2m.core.Course;
import dev.m2m.core.CourseStats;
import dev.m2m.core.CourseWithStudents;
import dev.m2m.core.Enrollment;
import dev.m2m.core.Grade;
import dev.m2m.core.ImportedSchool;
import dev.m2m.core.Registrar;
import dev.m2m.core.SchoolImport;
import dev.m2m.core.Student;
import dev.m2m.core.StudentWithCourses;
import jakarta.persistence.PersistenceException;
import java.util.List;
import javax.sql.DataSource;

/**
 * The {@link Registrar} on JPA with Hibernate: each call runs in its own EntityManager and transaction,
 * and returns records, never an entity. Close it to close Hibernate (not the DataSource,
 * which belongs to the caller). {@link #create} is the only way to one, and returns it inside
 * {@link CheckedRegistrar}, which checks the arguments and keeps every exception a
 * {@link dev.m2m.core.RegistrarException}.
 */
public final class JpaRegistrar implements Registrar {

    private final Transactions transactions;

    /** A registrar on the caller's DataSource, which stays the caller's to close. */
    public static Registrar create(DataSource dataSource) {
        // Hibernate's own exceptions extend JPA's PersistenceException
        return CheckedRegistrar.of(new JpaRegistrar(dataSource), PersistenceException.class::isInstance);
    }

    private JpaRegistrar(DataSource dataSource) {
        this.transactions = new Transactions(HibernateSetup.entityManagerFactory(dataSource));
    }

    @Override
    public Student addStudent(String name) {
        return transactions.create(em -> RegistrarWrites.addStudent(em, name));
    }

    @Override
    public Course addCourse(String name, int capacity) {
        return transactions.create(em -> RegistrarWrites.addCourse(em, name, capacity));
    }

    @Override
    public ImportedSchool importSchool(SchoolImport school) {
        return transactions.create(em -> SchoolImporter.importSchool(em, school));
    }

    @Override
    public void enroll(long studentId, long courseId) {
        // one enrolment is an enrollAll of one course, in every approach
        transactions.write(em -> RegistrarWrites.enrollAll(em, studentId, List.of(courseId)));
    }

    @Override
    public void enrollAll(long studentId, List<Long> courseIds) {
        transactions.write(em -> RegistrarWrites.enrollAll(em, studentId, courseIds));
    }

    @Override
    public void drop(long studentId, long courseId) {
        transactions.write(em -> RegistrarWrites.drop(em, studentId, courseId));
    }

    @Override
    public void deleteStudent(long studentId) {
        transactions.write(em -> RegistrarWrites.deleteStudent(em, studentId));
    }

    @Override
    public void deleteCourse(long courseId) {
        transactions.write(em -> RegistrarWrites.deleteCourse(em, courseId));
    }

    @Override
    public void grade(long studentId, long courseId, Grade grade) {
        transactions.write(em -> RegistrarWrites.grade(em, studentId, courseId, grade));
    }

    @Override
    public List<Student> studentsIn(String courseName) {
        return transactions.read(em -> RegistrarReads.studentsIn(em, courseName));
    }

    @Override
    public List<Course> coursesOf(long studentId) {
        return transactions.read(em -> RegistrarReads.findStudent(em, studentId).courses());
    }

    @Override
    public StudentWithCourses findStudent(long studentId) {
        return transactions.read(em -> RegistrarReads.findStudent(em, studentId));
    }

    @Override
    public CourseWithStudents findCourse(long courseId) {
        return transactions.read(em -> RegistrarReads.findCourse(em, courseId));
    }

    @Override
    public List<StudentWithCourses> listStudents(long afterId, int limit) {
        return transactions.read(em -> RegistrarReads.listStudents(em, afterId, limit));
    }

    @Override
    public List<CourseStats> courseStats() {
        return transactions.read(RegistrarReads::courseStats);
    }

    @Override
    public List<Student> classmatesOf(long studentId) {
        return transactions.read(em -> RegistrarReads.classmatesOf(em, studentId));
    }

    @Override
    public List<Student> studentsWithoutCourses() {
        return transactions.read(RegistrarReads::studentsWithoutCourses);
    }

    @Override
    public List<Enrollment> transcriptOf(long studentId) {
        return transactions.read(em -> EnrollmentReads.transcriptOf(em, studentId));
    }

    @Override
    public List<Enrollment> rosterOf(long courseId) {
        return transactions.read(em -> EnrollmentReads.rosterOf(em, courseId));
    }

    @Override
    public List<Enrollment> gradedAtLeast(long courseId, Grade minimum) {
        return transactions.read(em -> EnrollmentReads.gradedAtLeast(em, courseId, minimum));
    }

    /** Closes Hibernate (its caches and metadata); the DataSource stays open. */
    @Override
    public void close() {
        transactions.close();
    }
}
