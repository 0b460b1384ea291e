package dev.m2m.contract;

import dev.m2m.core.AlreadyEnrolledException;
import dev.m2m.core.ArgumentChecks;
import dev.m2m.core.Course;
import dev.m2m.core.CourseFullException;
import dev.m2m.core.CourseStats;
import dev.m2m.core.CourseWithStudents;
import dev.m2m.core.DuplicateCourseNameException;
import dev.m2m.core.Enrollment;
import dev.m2m.core.Grade;
import dev.m2m.core.NotFoundException;
import dev.m2m.core.Student;
import dev.m2m.core.StudentWithCourses;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The Registrar's specification as a few maps in memory: what every operation must return or throw.
 * Ids come from the database under test (the model cannot guess them), so the adds take the id the
 * real registrar returned. Names sort with Java's String order, which equals the database's for the
 * lowercase ASCII names the model test uses.
 */
final class RegistrarModel {

    private final TreeMap<Long, Student> students = new TreeMap<>();
    private final TreeMap<Long, Course> courses = new TreeMap<>();
    private final Set<ConcurrencyContract.Link> links = new HashSet<>();
    private final Map<ConcurrencyContract.Link, Grade> grades = new HashMap<>();

    /** An enrolment as the model can know it: everything but the time, which only the database knows. */
    record GradedLink(Student student, Course course, Grade grade) {

        static List<GradedLink> of(List<Enrollment> enrollments) {
            return enrollments.stream()
                    .map(enrollment -> new GradedLink(enrollment.student(), enrollment.course(), enrollment.grade()))
                    .toList();
        }
    }

    Set<Long> studentIds() {
        return students.keySet();
    }

    Set<Long> courseIds() {
        return courses.keySet();
    }

    /** The ids of the courses a student takes, for drops that hit an existing link. */
    List<Long> linksOf(long studentId) {
        return links.stream().filter(link -> link.studentId() == studentId).map(ConcurrencyContract.Link::courseId)
                .sorted().toList();
    }

    List<String> courseNames() {
        return courses.values().stream().map(Course::name).toList();
    }

    // --- writes: check like the registrar, then change the maps -------------------------------

    /** The registrar said it added {@code added}: that must be a fresh id with the name given. */
    void addStudent(String name, Student added) {
        ArgumentChecks.studentName(name);
        if (added.id() <= 0 || students.containsKey(added.id()) || !added.name().equals(name)) {
            throw new AssertionError("addStudent(" + name + ") returned " + added);
        }
        students.put(added.id(), added);
    }

    /** Checks the name is free; the caller then reports the registrar's course through {@link #added}. */
    void checkNewCourse(String name, int capacity) {
        ArgumentChecks.courseName(name);
        ArgumentChecks.capacity(capacity);
        if (courses.values().stream().anyMatch(course -> course.name().equals(name))) {
            throw new DuplicateCourseNameException(name);
        }
    }

    void added(Course course) {
        if (course.id() <= 0 || courses.containsKey(course.id())) {
            throw new AssertionError("addCourse returned a used id: " + course);
        }
        courses.put(course.id(), course);
    }

    void enroll(long studentId, long courseId) {
        enrollAll(studentId, List.of(courseId));
    }

    void enrollAll(long studentId, List<Long> courseIds) {
        ArgumentChecks.studentId(studentId);
        var ids = ArgumentChecks.courseIds(courseIds);
        student(studentId);
        for (long courseId : ids) {
            var course = course(courseId);
            if (links.contains(link(studentId, courseId))) {
                throw new AlreadyEnrolledException(studentId, courseId);
            }
            if (enrolled(courseId) >= course.capacity()) {
                throw new CourseFullException(courseId, course.capacity());
            }
        }
        ids.forEach(courseId -> links.add(link(studentId, courseId)));
    }

    void drop(long studentId, long courseId) {
        ArgumentChecks.studentId(studentId);
        ArgumentChecks.courseId(courseId);
        if (!links.remove(link(studentId, courseId))) {
            student(studentId);
            course(courseId);
            throw NotFoundException.enrollment(studentId, courseId);
        }
        grades.remove(link(studentId, courseId));
    }

    void grade(long studentId, long courseId, Grade grade) {
        ArgumentChecks.studentId(studentId);
        ArgumentChecks.courseId(courseId);
        ArgumentChecks.grade(grade);
        if (!links.contains(link(studentId, courseId))) {
            student(studentId);
            course(courseId);
            throw NotFoundException.enrollment(studentId, courseId);
        }
        grades.put(link(studentId, courseId), grade);
    }

    void deleteStudent(long studentId) {
        ArgumentChecks.studentId(studentId);
        student(studentId);
        students.remove(studentId);
        links.removeIf(link -> link.studentId() == studentId);
        grades.keySet().removeIf(link -> link.studentId() == studentId);
    }

    void deleteCourse(long courseId) {
        ArgumentChecks.courseId(courseId);
        course(courseId);
        courses.remove(courseId);
        links.removeIf(link -> link.courseId() == courseId);
        grades.keySet().removeIf(link -> link.courseId() == courseId);
    }

    // --- reads ------------------------------------------------------------------------------

    List<Student> studentsIn(String courseName) {
        ArgumentChecks.courseName(courseName);
        var course = courses.values().stream().filter(c -> c.name().equals(courseName)).findFirst()
                .orElseThrow(() -> NotFoundException.courseNamed(courseName));
        return studentsOf(course.id());
    }

    List<Course> coursesOf(long studentId) {
        return findStudent(studentId).courses();
    }

    StudentWithCourses findStudent(long studentId) {
        ArgumentChecks.studentId(studentId);
        return new StudentWithCourses(student(studentId), coursesOfStudent(studentId));
    }

    CourseWithStudents findCourse(long courseId) {
        ArgumentChecks.courseId(courseId);
        return new CourseWithStudents(course(courseId), studentsOf(courseId));
    }

    List<StudentWithCourses> listStudents(long afterId, int limit) {
        ArgumentChecks.afterId(afterId);
        ArgumentChecks.pageLimit(limit);
        return students.tailMap(afterId, false).values().stream()
                .limit(limit)
                .map(student -> new StudentWithCourses(student, coursesOfStudent(student.id())))
                .toList();
    }

    List<CourseStats> courseStats() {
        return courses.values().stream()
                .sorted(Course.BY_NAME_THEN_ID)
                .map(course -> new CourseStats(course, enrolled(course.id())))
                .toList();
    }

    List<Student> classmatesOf(long studentId) {
        ArgumentChecks.studentId(studentId);
        student(studentId);
        var mine = coursesOfStudent(studentId).stream().map(Course::id).toList();
        return links.stream()
                .filter(link -> link.studentId() != studentId && mine.contains(link.courseId()))
                .map(link -> students.get(link.studentId()))
                .distinct()
                .sorted(Student.BY_NAME_THEN_ID)
                .toList();
    }

    List<Student> studentsWithoutCourses() {
        return students.values().stream()
                .filter(student -> links.stream().noneMatch(link -> link.studentId() == student.id()))
                .sorted(Student.BY_NAME_THEN_ID)
                .toList();
    }

    List<GradedLink> transcriptOf(long studentId) {
        ArgumentChecks.studentId(studentId);
        var student = student(studentId);
        return coursesOfStudent(studentId).stream()
                .map(course -> new GradedLink(student, course, grades.get(link(studentId, course.id()))))
                .toList();
    }

    List<GradedLink> rosterOf(long courseId) {
        ArgumentChecks.courseId(courseId);
        var course = course(courseId);
        return studentsOf(courseId).stream()
                .map(student -> new GradedLink(student, course, grades.get(link(student.id(), courseId))))
                .toList();
    }

    List<GradedLink> gradedAtLeast(long courseId, Grade minimum) {
        ArgumentChecks.courseId(courseId);
        ArgumentChecks.grade(minimum);
        return rosterOf(courseId).stream()
                .filter(link -> link.grade() != null && link.grade().compareTo(minimum) >= 0)
                .sorted(Comparator.comparing(GradedLink::grade).reversed()
                        .thenComparing(GradedLink::student, Student.BY_NAME_THEN_ID))
                .toList();
    }

    // --- helpers ----------------------------------------------------------------------------

    private Student student(long id) {
        var student = students.get(id);
        if (student == null) {
            throw NotFoundException.student(id);
        }
        return student;
    }

    private Course course(long id) {
        var course = courses.get(id);
        if (course == null) {
            throw NotFoundException.course(id);
        }
        return course;
    }

    private int enrolled(long courseId) {
        return (int) links.stream().filter(link -> link.courseId() == courseId).count();
    }

    private List<Student> studentsOf(long courseId) {
        return links.stream()
                .filter(link -> link.courseId() == courseId)
                .map(link -> students.get(link.studentId()))
                .sorted(Student.BY_NAME_THEN_ID)
                .toList();
    }

    private List<Course> coursesOfStudent(long studentId) {
        return links.stream()
                .filter(link -> link.studentId() == studentId)
                .map(link -> courses.get(link.courseId()))
                .sorted(Course.BY_NAME_THEN_ID)
                .toList();
    }

    private static ConcurrencyContract.Link link(long studentId, long courseId) {
        return new ConcurrencyContract.Link(studentId, courseId);
    }
}
