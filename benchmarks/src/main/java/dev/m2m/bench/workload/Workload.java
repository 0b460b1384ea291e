package dev.m2m.bench.workload;

import dev.m2m.core.CourseStats;
import dev.m2m.core.CourseWithStudents;
import dev.m2m.core.Grade;
import dev.m2m.core.ImportedSchool;
import dev.m2m.core.SchoolImport;
import dev.m2m.core.Student;
import dev.m2m.core.StudentWithCourses;
import java.util.List;

/**
 * What the benchmarks ask of an approach: the Registrar's join reads and the writes measured, so
 * that the plain JDBC floor can offer exactly these without pretending to be a whole Registrar.
 */
public interface Workload extends AutoCloseable {

    List<Student> studentsIn(String courseName);

    StudentWithCourses findStudent(long studentId);

    CourseWithStudents findCourse(long courseId);

    List<StudentWithCourses> listStudents(long afterId, int limit);

    List<Student> classmatesOf(long studentId);

    List<CourseStats> courseStats();

    void enroll(long studentId, long courseId);

    void enrollAll(long studentId, List<Long> courseIds);

    void drop(long studentId, long courseId);

    void grade(long studentId, long courseId, Grade grade);

    void deleteStudent(long studentId);

    void deleteCourse(long courseId);

    ImportedSchool importSchool(SchoolImport school);

    @Override
    void close();
}
