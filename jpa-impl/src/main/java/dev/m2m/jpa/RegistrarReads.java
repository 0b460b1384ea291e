package dev.m2m.jpa;

import dev.m2m.core.Course;
import dev.m2m.core.CourseStats;
import dev.m2m.core.CourseWithStudents;
import dev.m2m.core.NotFoundException;
import dev.m2m.core.Student;
import dev.m2m.core.StudentWithCourses;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/**
 * Every read. Each one loads exactly what it returns with a query that says so: {@code join fetch}
 * brings the other side of the relationship in the same statement, so no lazy collection is ever
 * touched after the query and no statement per row can follow. Fetched collections come back in
 * the order of their {@code @OrderBy}.
 */
final class RegistrarReads {

    private RegistrarReads() {
    }

    static List<Student> studentsIn(EntityManager em, String courseName) {
        // The course is the root, so an unknown name (no row) and an empty course (a row, no students)
        // are told apart by the same single statement.
        return em.createQuery("""
                        select c from Course c
                        left join fetch c.students
                        where c.name = :name""", CourseEntity.class)
                .setParameter("name", courseName)
                .getResultStream().findFirst()
                .map(RegistrarReads::studentsOf)
                .orElseThrow(() -> NotFoundException.courseNamed(courseName));
    }

    static StudentWithCourses findStudent(EntityManager em, long studentId) {
        return fetchStudentWithCourses(em, studentId)
                .map(student -> new StudentWithCourses(student.toStudent(), coursesOf(student)))
                .orElseThrow(() -> NotFoundException.student(studentId));
    }

    static CourseWithStudents findCourse(EntityManager em, long courseId) {
        return em.createQuery("""
                        select c from Course c
                        left join fetch c.students
                        where c.id = :id""", CourseEntity.class)
                .setParameter("id", courseId)
                .getResultStream().findFirst()
                .map(course -> new CourseWithStudents(course.toCourse(), studentsOf(course)))
                .orElseThrow(() -> NotFoundException.course(courseId));
    }

    /**
     * Two statements: the page of ids first (the database applies the limit to students), then those
     * students with their courses. One query with both {@code join fetch} and a limit cannot be cut by
     * the database, because the limit would count join rows; Hibernate would fetch everything and page in
     * memory, which this project forbids (fail_on_pagination_over_collection_fetch).
     */
    static List<StudentWithCourses> listStudents(EntityManager em, long afterId, int limit) {
        List<Long> ids = em.createQuery("""
                        select s.id from Student s
                        where s.id > :afterId
                        order by s.id""", Long.class)
                .setParameter("afterId", afterId)
                .setMaxResults(limit)
                .getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("""
                        select s from Student s
                        left join fetch s.courses
                        where s.id in :ids
                        order by s.id""", StudentEntity.class)
                .setParameter("ids", ids)
                .getResultStream()
                .map(student -> new StudentWithCourses(student.toStudent(), coursesOf(student)))
                .toList();
    }

    /** A row per course: a projection, not entities, since only the count of the collection is needed. */
    record CourseCount(Long id, String name, Integer capacity, Long enrolled) {
    }

    static List<CourseStats> courseStats(EntityManager em) {
        return em.createQuery("""
                        select c.id, c.name, c.capacity, count(s.id)
                        from Course c
                        left join c.students s
                        group by c.id, c.name, c.capacity
                        order by c.name, c.id""", CourseCount.class)
                .getResultStream()
                .map(RegistrarReads::toCourseStats)
                .toList();
    }

    private static CourseStats toCourseStats(CourseCount row) {
        return new CourseStats(new Course(row.id(), row.name(), row.capacity()), row.enrolled().intValue());
    }

    /** Two statements: does the student exist, then who shares a course with them. */
    static List<Student> classmatesOf(EntityManager em, long studentId) {
        if (em.find(StudentEntity.class, studentId) == null) {
            throw NotFoundException.student(studentId);
        }
        return em.createQuery("""
                        select distinct other from Student me
                        join me.courses c
                        join c.students other
                        where me.id = :id and other.id <> :id
                        order by other.name, other.id""", StudentEntity.class)
                .setParameter("id", studentId)
                .getResultStream()
                .map(StudentEntity::toStudent)
                .toList();
    }

    static List<Student> studentsWithoutCourses(EntityManager em) {
        return em.createQuery("""
                        select s from Student s
                        where s.courses is empty
                        order by s.name, s.id""", StudentEntity.class)
                .getResultStream()
                .map(StudentEntity::toStudent)
                .toList();
    }

    static Optional<StudentEntity> fetchStudentWithCourses(EntityManager em, long studentId) {
        return em.createQuery("""
                        select s from Student s
                        left join fetch s.courses
                        where s.id = :id""", StudentEntity.class)
                .setParameter("id", studentId)
                .getResultStream().findFirst();
    }

    static List<Course> coursesOf(StudentEntity student) {
        return student.getCourses().stream().map(CourseEntity::toCourse).toList();
    }

    static List<Student> studentsOf(CourseEntity course) {
        return course.getStudents().stream().map(StudentEntity::toStudent).toList();
    }
}
