package dev.m2m.jdbc;

import dev.m2m.core.Arguments;
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
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The {@link Registrar} on Spring JDBC. Each call checks its arguments, opens one transaction and
 * hands the work to {@link RegistrarWrites} or {@link RegistrarReads}, where all the SQL lives.
 */
public final class JdbcRegistrar implements Registrar {

    private final Transactions transactions;
    private final RegistrarReads reads;
    private final RegistrarWrites writes;
    private final EnrollmentReads enrollments;
    private final SchoolImporter importer;

    public JdbcRegistrar(DataSource dataSource) {
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
        Arguments.studentName(name);
        return transactions.write("addStudent", () -> writes.addStudent(name));
    }

    @Override
    public Course addCourse(String name, int capacity) {
        Arguments.courseName(name);
        Arguments.capacity(capacity);
        return transactions.write("addCourse", () -> writes.addCourse(name, capacity));
    }

    @Override
    public ImportedSchool importSchool(SchoolImport school) {
        Arguments.schoolImport(school);
        return transactions.write("importSchool", () -> importer.importSchool(school));
    }

    @Override
    public void enroll(long studentId, long courseId) {
        Arguments.studentId(studentId);
        Arguments.courseId(courseId);
        transactions.write("enroll", () -> writes.enroll(studentId, courseId));
    }

    @Override
    public void enrollAll(long studentId, List<Long> courseIds) {
        Arguments.studentId(studentId);
        var ids = Arguments.courseIds(courseIds);
        transactions.write("enrollAll", () -> writes.enrollAll(studentId, ids));
    }

    @Override
    public void drop(long studentId, long courseId) {
        Arguments.studentId(studentId);
        Arguments.courseId(courseId);
        transactions.write("drop", () -> writes.drop(studentId, courseId));
    }

    @Override
    public void deleteStudent(long studentId) {
        Arguments.studentId(studentId);
        transactions.write("deleteStudent", () -> writes.deleteStudent(studentId));
    }

    @Override
    public void deleteCourse(long courseId) {
        Arguments.courseId(courseId);
        transactions.write("deleteCourse", () -> writes.deleteCourse(courseId));
    }

    @Override
    public void grade(long studentId, long courseId, Grade grade) {
        Arguments.studentId(studentId);
        Arguments.courseId(courseId);
        Arguments.grade(grade);
        transactions.write("grade", () -> writes.grade(studentId, courseId, grade));
    }

    @Override
    public List<Student> studentsIn(String courseName) {
        Arguments.courseName(courseName);
        return transactions.read("studentsIn", () -> reads.studentsIn(courseName));
    }

    @Override
    public List<Course> coursesOf(long studentId) {
        Arguments.studentId(studentId);
        return transactions.read("coursesOf", () -> reads.findStudent(studentId).courses());
    }

    @Override
    public StudentWithCourses findStudent(long studentId) {
        Arguments.studentId(studentId);
        return transactions.read("findStudent", () -> reads.findStudent(studentId));
    }

    @Override
    public CourseWithStudents findCourse(long courseId) {
        Arguments.courseId(courseId);
        return transactions.read("findCourse", () -> reads.findCourse(courseId));
    }

    @Override
    public List<StudentWithCourses> listStudents(long afterId, int limit) {
        Arguments.afterId(afterId);
        Arguments.pageLimit(limit);
        return transactions.read("listStudents", () -> reads.listStudents(afterId, limit));
    }

    @Override
    public List<CourseStats> courseStats() {
        return transactions.read("courseStats", reads::courseStats);
    }

    @Override
    public List<Student> classmatesOf(long studentId) {
        Arguments.studentId(studentId);
        return transactions.read("classmatesOf", () -> reads.classmatesOf(studentId));
    }

    @Override
    public List<Student> studentsWithoutCourses() {
        return transactions.read("studentsWithoutCourses", reads::studentsWithoutCourses);
    }

    @Override
    public List<Enrollment> transcriptOf(long studentId) {
        Arguments.studentId(studentId);
        return transactions.read("transcriptOf", () -> enrollments.transcriptOf(studentId));
    }

    @Override
    public List<Enrollment> rosterOf(long courseId) {
        Arguments.courseId(courseId);
        return transactions.read("rosterOf", () -> enrollments.rosterOf(courseId));
    }

    @Override
    public List<Enrollment> gradedAtLeast(long courseId, Grade minimum) {
        Arguments.courseId(courseId);
        Arguments.grade(minimum);
        return transactions.read("gradedAtLeast", () -> enrollments.gradedAtLeast(courseId, minimum));
    }

    @Override
    public void close() {
        transactions.close();
    }
}
