package dev.m2m.jpa;

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

/**
 * The {@link Registrar} on JPA with Hibernate. Each call checks its arguments, runs in its own
 * EntityManager and transaction, and returns records: entities never leave this package.
 * Close it to close Hibernate (not the DataSource, which belongs to the caller).
 */
public final class JpaRegistrar implements Registrar {

    private final Transactions transactions;

    public JpaRegistrar(DataSource dataSource) {
        this.transactions = new Transactions(HibernateSetup.entityManagerFactory(dataSource));
    }

    @Override
    public Student addStudent(String name) {
        Arguments.studentName(name);
        return transactions.create("addStudent", em -> RegistrarWrites.addStudent(em, name));
    }

    @Override
    public Course addCourse(String name, int capacity) {
        Arguments.courseName(name);
        Arguments.capacity(capacity);
        return transactions.create("addCourse", em -> RegistrarWrites.addCourse(em, name, capacity));
    }

    @Override
    public ImportedSchool importSchool(SchoolImport school) {
        Arguments.schoolImport(school);
        return transactions.create("importSchool", em -> SchoolImporter.importSchool(em, school));
    }

    @Override
    public void enroll(long studentId, long courseId) {
        Arguments.studentId(studentId);
        Arguments.courseId(courseId);
        transactions.write("enroll", em -> RegistrarWrites.enroll(em, studentId, courseId));
    }

    @Override
    public void enrollAll(long studentId, List<Long> courseIds) {
        Arguments.studentId(studentId);
        var ids = Arguments.courseIds(courseIds);
        transactions.write("enrollAll", em -> RegistrarWrites.enrollAll(em, studentId, ids));
    }

    @Override
    public void drop(long studentId, long courseId) {
        Arguments.studentId(studentId);
        Arguments.courseId(courseId);
        transactions.write("drop", em -> RegistrarWrites.drop(em, studentId, courseId));
    }

    @Override
    public void deleteStudent(long studentId) {
        Arguments.studentId(studentId);
        transactions.write("deleteStudent", em -> RegistrarWrites.deleteStudent(em, studentId));
    }

    @Override
    public void deleteCourse(long courseId) {
        Arguments.courseId(courseId);
        transactions.write("deleteCourse", em -> RegistrarWrites.deleteCourse(em, courseId));
    }

    @Override
    public void grade(long studentId, long courseId, Grade grade) {
        Arguments.studentId(studentId);
        Arguments.courseId(courseId);
        Arguments.grade(grade);
        transactions.write("grade", em -> RegistrarWrites.grade(em, studentId, courseId, grade));
    }

    @Override
    public List<Student> studentsIn(String courseName) {
        Arguments.courseName(courseName);
        return transactions.read("studentsIn", em -> RegistrarReads.studentsIn(em, courseName));
    }

    @Override
    public List<Course> coursesOf(long studentId) {
        Arguments.studentId(studentId);
        return transactions.read("coursesOf", em -> RegistrarReads.findStudent(em, studentId).courses());
    }

    @Override
    public StudentWithCourses findStudent(long studentId) {
        Arguments.studentId(studentId);
        return transactions.read("findStudent", em -> RegistrarReads.findStudent(em, studentId));
    }

    @Override
    public CourseWithStudents findCourse(long courseId) {
        Arguments.courseId(courseId);
        return transactions.read("findCourse", em -> RegistrarReads.findCourse(em, courseId));
    }

    @Override
    public List<StudentWithCourses> listStudents(long afterId, int limit) {
        Arguments.afterId(afterId);
        Arguments.pageLimit(limit);
        return transactions.read("listStudents", em -> RegistrarReads.listStudents(em, afterId, limit));
    }

    @Override
    public List<CourseStats> courseStats() {
        return transactions.read("courseStats", RegistrarReads::courseStats);
    }

    @Override
    public List<Student> classmatesOf(long studentId) {
        Arguments.studentId(studentId);
        return transactions.read("classmatesOf", em -> RegistrarReads.classmatesOf(em, studentId));
    }

    @Override
    public List<Student> studentsWithoutCourses() {
        return transactions.read("studentsWithoutCourses", RegistrarReads::studentsWithoutCourses);
    }

    @Override
    public List<Enrollment> transcriptOf(long studentId) {
        Arguments.studentId(studentId);
        return transactions.read("transcriptOf", em -> EnrollmentReads.transcriptOf(em, studentId));
    }

    @Override
    public List<Enrollment> rosterOf(long courseId) {
        Arguments.courseId(courseId);
        return transactions.read("rosterOf", em -> EnrollmentReads.rosterOf(em, courseId));
    }

    @Override
    public List<Enrollment> gradedAtLeast(long courseId, Grade minimum) {
        Arguments.courseId(courseId);
        Arguments.grade(minimum);
        return transactions.read("gradedAtLeast", em -> EnrollmentReads.gradedAtLeast(em, courseId, minimum));
    }

    @Override
    public void close() {
        transactions.close();
    }
}
