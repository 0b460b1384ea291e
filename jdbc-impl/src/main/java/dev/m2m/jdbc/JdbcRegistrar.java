package dev.m2m.jdbc;

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
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.TransactionException;

/**
 * The {@link Registrar} on Spring JDBC: each call opens one transaction and hands the work to
 * {@link RegistrarWrites}, {@link RegistrarReads} or {@link EnrollmentReads}, where all the SQL lives.
 * {@link #create} is the only way to one, and returns it inside {@link CheckedRegistrar}, which checks the
 * arguments and keeps every exception a {@link dev.m2m.core.RegistrarException}.
 */
public final class JdbcRegistrar implements Registrar {

    private final Transactions transactions;
    private final RegistrarReads reads;
    private final RegistrarWrites writes;
    private final EnrollmentReads enrollments;
    private final SchoolImporter importer;

    /** A registrar on the caller's DataSource, which stays the caller's to close. */
    public static Registrar create(DataSource dataSource) {
        return CheckedRegistrar.of(new JdbcRegistrar(dataSource),
                e -> e instanceof DataAccessException || e instanceof TransactionException);
    }

    private JdbcRegistrar(DataSource dataSource) {
        // JdbcClient and the batch template share one JdbcTemplate, so both join the same transaction
        // and translate SQL errors with the same translator.
        var template = new NamedParameterJdbcTemplate(dataSource);
        var client = JdbcClient.create(template);
        this.transactions = new Transactions(dataSource);
        this.reads = new RegistrarReads(client);
        this.writes = new RegistrarWrites(client, template);
        this.enrollments = new EnrollmentReads(client);
        this.importer = new SchoolImporter(template);
    }

    @Override
    public Student addStudent(String name) {
        return transactions.create(() -> writes.addStudent(name));
    }

    @Override
    public Course addCourse(String name, int capacity) {
        return transactions.create(() -> writes.addCourse(name, capacity));
    }

    @Override
    public ImportedSchool importSchool(SchoolImport school) {
        return transactions.create(() -> importer.importSchool(school));
    }

    @Override
    public void enroll(long studentId, long courseId) {
        // one enrolment is an enrollAll of one course, in every approach
        transactions.write(() -> writes.enrollAll(studentId, List.of(courseId)));
    }

    @Override
    public void enrollAll(long studentId, List<Long> courseIds) {
        transactions.write(() -> writes.enrollAll(studentId, courseIds));
    }

    @Override
    public void drop(long studentId, long courseId) {
        transactions.write(() -> writes.drop(studentId, courseId));
    }

    @Override
    public void deleteStudent(long studentId) {
        transactions.write(() -> writes.deleteStudent(studentId));
    }

    @Override
    public void deleteCourse(long courseId) {
        transactions.write(() -> writes.deleteCourse(courseId));
    }

    @Override
    public void grade(long studentId, long courseId, Grade grade) {
        transactions.write(() -> writes.grade(studentId, courseId, grade));
    }

    @Override
    public List<Student> studentsIn(String courseName) {
        return transactions.read(() -> reads.studentsIn(courseName));
    }

    @Override
    public List<Course> coursesOf(long studentId) {
        return transactions.read(() -> reads.findStudent(studentId).courses());
    }

    @Override
    public StudentWithCourses findStudent(long studentId) {
        return transactions.read(() -> reads.findStudent(studentId));
    }

    @Override
    public CourseWithStudents findCourse(long courseId) {
        return transactions.read(() -> reads.findCourse(courseId));
    }

    @Override
    public List<StudentWithCourses> listStudents(long afterId, int limit) {
        return transactions.read(() -> reads.listStudents(afterId, limit));
    }

    @Override
    public List<CourseStats> courseStats() {
        return transactions.read(reads::courseStats);
    }

    @Override
    public List<Student> classmatesOf(long studentId) {
        return transactions.read(() -> reads.classmatesOf(studentId));
    }

    @Override
    public List<Student> studentsWithoutCourses() {
        return transactions.read(reads::studentsWithoutCourses);
    }

    @Override
    public List<Enrollment> transcriptOf(long studentId) {
        return transactions.read(() -> enrollments.transcriptOf(studentId));
    }

    @Override
    public List<Enrollment> rosterOf(long courseId) {
        return transactions.read(() -> enrollments.rosterOf(courseId));
    }

    @Override
    public List<Enrollment> gradedAtLeast(long courseId, Grade minimum) {
        return transactions.read(() -> enrollments.gradedAtLeast(courseId, minimum));
    }

    /** Spring JDBC holds nothing of its own: the pool belongs to the caller. */
    @Override
    public void close() {
    }
}
