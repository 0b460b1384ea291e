package dev.m2m.mybatis;

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
import java.util.List;
import javax.sql.DataSource;
import org.apache.ibatis.exceptions.PersistenceException;

/**
 * The {@link Registrar} on MyBatis: each call opens one session (one transaction) and hands it to
 * {@link RegistrarWrites}, {@link RegistrarReads} or {@link EnrollmentReads}, which run mapper statements
 * whose SQL lives in the XML beside each mapper interface. {@link #create} is the only way to one, and
 * returns it inside {@link CheckedRegistrar}, which checks the arguments and keeps every exception a
 * {@link dev.m2m.core.RegistrarException}.
 */
public final class MyBatisRegistrar implements Registrar {

    private final Transactions transactions;

    /** A registrar on the caller's DataSource, which stays the caller's to close. */
    public static Registrar create(DataSource dataSource) {
        return CheckedRegistrar.of(new MyBatisRegistrar(dataSource), PersistenceException.class::isInstance);
    }

    private MyBatisRegistrar(DataSource dataSource) {
        this.transactions = new Transactions(MyBatisSetup.sqlSessionFactory(dataSource));
    }

    @Override
    public Student addStudent(String name) {
        return transactions.create(session -> RegistrarWrites.addStudent(session, name));
    }

    @Override
    public Course addCourse(String name, int capacity) {
        return transactions.create(session -> RegistrarWrites.addCourse(session, name, capacity));
    }

    @Override
    public ImportedSchool importSchool(SchoolImport school) {
        return transactions.batched().create(session -> SchoolImporter.importSchool(session, school));
    }

    @Override
    public void enroll(long studentId, long courseId) {
        // one enrolment is an enrollAll of one course, in every approach
        transactions.batched().write(session -> RegistrarWrites.enrollAll(session, studentId, List.of(courseId)));
    }

    @Override
    public void enrollAll(long studentId, List<Long> courseIds) {
        transactions.batched().write(session -> RegistrarWrites.enrollAll(session, studentId, courseIds));
    }

    @Override
    public void drop(long studentId, long courseId) {
        transactions.write(session -> RegistrarWrites.drop(session, studentId, courseId));
    }

    @Override
    public void deleteStudent(long studentId) {
        transactions.write(session -> RegistrarWrites.deleteStudent(session, studentId));
    }

    @Override
    public void deleteCourse(long courseId) {
        transactions.write(session -> RegistrarWrites.deleteCourse(session, courseId));
    }

    @Override
    public void grade(long studentId, long courseId, Grade grade) {
        transactions.write(session -> RegistrarWrites.grade(session, studentId, courseId, grade));
    }

    @Override
    public List<Student> studentsIn(String courseName) {
        return transactions.read(session -> RegistrarReads.studentsIn(session, courseName));
    }

    @Override
    public List<Course> coursesOf(long studentId) {
        return transactions.read(session -> RegistrarReads.findStudent(session, studentId)).courses();
    }

    @Override
    public StudentWithCourses findStudent(long studentId) {
        return transactions.read(session -> RegistrarReads.findStudent(session, studentId));
    }

    @Override
    public CourseWithStudents findCourse(long courseId) {
        return transactions.read(session -> RegistrarReads.findCourse(session, courseId));
    }

    @Override
    public List<StudentWithCourses> listStudents(long afterId, int limit) {
        return transactions.read(session -> RegistrarReads.listStudents(session, afterId, limit));
    }

    @Override
    public List<CourseStats> courseStats() {
        return transactions.read(RegistrarReads::courseStats);
    }

    @Override
    public List<Student> classmatesOf(long studentId) {
        return transactions.read(session -> RegistrarReads.classmatesOf(session, studentId));
    }

    @Override
    public List<Student> studentsWithoutCourses() {
        return transactions.read(RegistrarReads::studentsWithoutCourses);
    }

    @Override
    public List<Enrollment> transcriptOf(long studentId) {
        return transactions.read(session -> EnrollmentReads.transcriptOf(session, studentId));
    }

    @Override
    public List<Enrollment> rosterOf(long courseId) {
        return transactions.read(session -> EnrollmentReads.rosterOf(session, courseId));
    }

    @Override
    public List<Enrollment> gradedAtLeast(long courseId, Grade minimum) {
        return transactions.read(session -> EnrollmentReads.gradedAtLeast(session, courseId, minimum));
    }

    /** A SqlSessionFactory holds nothing of its own: the pool belongs to the caller. */
    @Override
    public void close() {
    }
}
