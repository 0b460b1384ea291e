package dev.m2m.bench.workload;

import dev.m2m.core.CourseStats;
import dev.m2m.core.CourseWithStudents;
import dev.m2m.core.Grade;
import dev.m2m.core.ImportedSchool;
import dev.m2m.core.Registrar;
import dev.m2m.core.SchoolImport;
import dev.m2m.core.Student;
import dev.m2m.core.StudentWithCourses;
import java.util.List;

/** A project Registrar, measured exactly as users call it. */
public class RegistrarWorkload implements Workload {

    private final Registrar registrar;

    public RegistrarWorkload(Registrar registrar) {
        this.registrar = registrar;
    }

    @Override
    public List<Student> studentsIn(String courseName) {
        return registrar.studentsIn(courseName);
    }

    @Override
    public StudentWithCourses findStudent(long studentId) {
        return registrar.findStudent(studentId);
    }

    @Override
    public CourseWithStudents findCourse(long courseId) {
        return registrar.findCourse(courseId);
    }

    @Override
    public List<StudentWithCourses> listStudents(long afterId, int limit) {
        return registrar.listStudents(afterId, limit);
    }

    @Override
    public List<Student> classmatesOf(long studentId) {
        return registrar.classmatesOf(studentId);
    }

    @Override
    public List<CourseStats> courseStats() {
        return registrar.courseStats();
    }

    @Override
    public void enroll(long studentId, long courseId) {
        registrar.enroll(studentId, courseId);
    }

    @Override
    public void enrollAll(long studentId, List<Long> courseIds) {
        registrar.enrollAll(studentId, courseIds);
    }

    @Override
    public void drop(long studentId, long courseId) {
        registrar.drop(studentId, courseId);
    }

    @Override
    public void grade(long studentId, long courseId, Grade grade) {
        registrar.grade(studentId, courseId, grade);
    }

    @Override
    public void deleteStudent(long studentId) {
        registrar.deleteStudent(studentId);
    }

    @Override
    public void deleteCourse(long courseId) {
        registrar.deleteCourse(courseId);
    }

    @Override
    public ImportedSchool importSchool(SchoolImport school) {
        return registrar.importSchool(school);
    }

    @Override
    public void close() {
        registrar.close();
    }
}
