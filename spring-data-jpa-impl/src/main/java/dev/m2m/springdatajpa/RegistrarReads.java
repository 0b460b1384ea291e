package dev.m2m.springdatajpa;

import dev.m2m.core.Approach;
import dev.m2m.core.Course;
import dev.m2m.core.CourseStats;
import dev.m2m.core.CourseWithStudents;
import dev.m2m.core.NotFoundException;
import dev.m2m.core.Student;
import dev.m2m.core.StudentWithCourses;
import dev.m2m.springdatajpa.mapping.CourseRepository;
import dev.m2m.springdatajpa.mapping.StudentCourseRow;
import dev.m2m.springdatajpa.mapping.StudentRepository;
import dev.m2m.springdatajpa.mapping.StudentRow;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every read, as a read-only transactional service over the repositories: one statement each, every one a
 * DTO projection. {@code readOnly = true} makes Spring's JPA transaction manager tell Hibernate to keep no
 * snapshots and never flush, and mark the JDBC connection read-only.
 *
 * <p>Reads that name a student or a course start from that row and left-join the other side: no row
 * means the id is unknown, one row of nulls means it has no links; one statement answers both.
 */
// the transaction manager named, not found: see SpringDataJpaConfiguration#transactionManager
@Transactional(transactionManager = "transactionManager", readOnly = true)
class RegistrarReads implements Approach.RegistrarReads {

    private final StudentRepository students;
    private final CourseRepository courses;

    RegistrarReads(StudentRepository students, CourseRepository courses) {
        this.students = students;
        this.courses = courses;
    }

    @Override
    public List<Student> studentsIn(String courseName) {
        var rows = courses.findStudentsOfCourseNamed(courseName);
        if (rows.isEmpty()) {
            throw NotFoundException.courseNamed(courseName);
        }
        return students(rows);
    }

    // tag::find-student[]
    @Override
    public StudentWithCourses findStudent(long studentId) {
        return studentsWithCourses(students.findWithCourses(studentId)).stream()
                .findFirst()
                .orElseThrow(() -> NotFoundException.student(studentId));
    }
    // end::find-student[]

    @Override
    public CourseWithStudents findCourse(long courseId) {
        var rows = courses.findWithStudents(courseId);
        if (rows.isEmpty()) {
            throw NotFoundException.course(courseId);
        }
        var first = rows.get(0);
        var course = new Course(first.courseId(), first.courseName(), first.courseCapacity());
        return new CourseWithStudents(course, students(rows.stream()
                .map(row -> new StudentRow(row.studentId(), row.studentName()))
                .toList()));
    }

    @Override
    public List<StudentWithCourses> listStudents(long afterId, int limit) {
        return studentsWithCourses(students.pageWithCourses(afterId, limit));
    }

    @Override
    public List<CourseStats> courseStats() {
        return courses.countAllSeats().stream()
                .map(row -> new CourseStats(new Course(row.courseId(), row.courseName(), row.courseCapacity()),
                        row.enrolled().intValue()))
                .toList();
    }

    @Override
    public List<Student> classmatesOf(long studentId) {
        var rows = students.findClassmates(studentId);
        if (rows.isEmpty()) {
            throw NotFoundException.student(studentId);
        }
        return students(rows);
    }

    @Override
    public List<Student> studentsWithoutCourses() {
        return students(students.findWithoutCourses());
    }

    private static List<Student> students(List<StudentRow> rows) {
        return rows.stream().filter(row -> !row.isNobody()).map(StudentRow::toStudent).toList();
    }

    /** Rows ordered by student: one record per student, the "no course" row giving an empty list. */
    private static List<StudentWithCourses> studentsWithCourses(List<StudentCourseRow> rows) {
        return StudentWithCourses.fold(rows, row -> new Student(row.studentId(), row.studentName()),
                row -> row.courseId() == null ? null
                        : new Course(row.courseId(), row.courseName(), row.courseCapacity()));
    }
}
