package dev.m2m.springdatajpa;

import dev.m2m.core.AlreadyEnrolledException;
import dev.m2m.core.Approach;
import dev.m2m.core.Course;
import dev.m2m.core.CourseFullException;
import dev.m2m.core.DuplicateCourseNameException;
import dev.m2m.core.Grade;
import dev.m2m.core.NotFoundException;
import dev.m2m.core.Student;
import dev.m2m.jpa.mapping.CourseEntity;
import dev.m2m.jpa.mapping.EnrollmentId;
import dev.m2m.jpa.mapping.StudentEntity;
import dev.m2m.springdatajpa.mapping.CourseRepository;
import dev.m2m.springdatajpa.mapping.EnrollmentRepository;
import dev.m2m.springdatajpa.mapping.SeatCount;
import dev.m2m.springdatajpa.mapping.StudentRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every write, as a transactional service over the repositories. Each throws a domain exception before it
 * has written anything. New links and grades leave at the commit's flush, as Hibernate's dirty checking finds
 * them; an insert of a student or a course runs at once, to learn its IDENTITY id; drops and the links of a
 * deleted course go as bulk deletes. The statements are jpa-impl's, which shares this mapping.
 *
 * <p>Capacity is held by pessimistic locks, declared with {@code @Lock} on the repositories: the student
 * first, then the courses in id order; the seats are counted after, under the locks, so two enrolments
 * cannot both take the last place.
 */
// the transaction manager named, not found: see SpringDataJpaConfiguration#transactionManager
@Transactional(transactionManager = "transactionManager")
class RegistrarWrites implements Approach.RegistrarWrites {

    private final StudentRepository students;
    private final CourseRepository courses;
    private final EnrollmentRepository enrollments;

    RegistrarWrites(StudentRepository students, CourseRepository courses, EnrollmentRepository enrollments) {
        this.students = students;
        this.courses = courses;
        this.enrollments = enrollments;
    }

    @Override
    public Student addStudent(String name) {
        return students.save(new StudentEntity(name)).toStudent();
    }

    // tag::add-course[]
    @Override
    public Course addCourse(String name, int capacity) {
        try {
            // IDENTITY: save() inserts at once, to learn the id, so a taken name fails right here
            return courses.save(new CourseEntity(name, capacity)).toCourse();
        } catch (DataIntegrityViolationException e) {
            // the unique constraint decides, not a query beforehand: two concurrent inserts cannot both pass it
            if (ConstraintViolations.isUniqueViolation(e)) {
                throw new DuplicateCourseNameException(name);
            }
            throw e;
        }
    }
    // end::add-course[]

    // tag::enroll-all[]
    /** All or nothing: the student and every course are locked and checked before the first link is added. */
    @Override
    public void enrollAll(long studentId, List<Long> courseIds) {
        var student = students.findLockedById(studentId).orElseThrow(() -> NotFoundException.student(studentId));
        if (courseIds.isEmpty()) {
            return;
        }
        Map<Long, CourseEntity> locked = courses.findLockedByIdInOrderById(courseIds).stream()
                .collect(Collectors.toMap(CourseEntity::getId, Function.identity()));
        Map<Long, Long> taken = locked.isEmpty() ? Map.of() : courses.countSeats(locked.keySet()).stream()
                .collect(Collectors.toMap(SeatCount::courseId, SeatCount::taken));
        var ordered = new ArrayList<CourseEntity>();
        for (long courseId : courseIds) {
            var course = locked.get(courseId);
            if (course == null) {
                throw NotFoundException.course(courseId);
            }
            if (student.getCourses().contains(course)) { // the student's few courses, loaded once
                throw new AlreadyEnrolledException(studentId, courseId);
            }
            if (taken.getOrDefault(courseId, 0L) >= course.getCapacity()) {
                throw new CourseFullException(courseId, course.getCapacity());
            }
            ordered.add(course);
        }
        // no save(): the student is managed, and the commit's flush inserts the new links in one JDBC batch
        ordered.forEach(student::enroll);
    }
    // end::enroll-all[]

    @Override
    public void drop(long studentId, long courseId) {
        if (enrollments.deleteLink(studentId, courseId) == 0) {
            throw missingLink(studentId, courseId);
        }
    }

    @Override
    public void grade(long studentId, long courseId, Grade grade) {
        // dirty checking writes it: UPDATE enrollment SET grade = ? at the commit's flush
        enrollments.findLockedById(new EnrollmentId(studentId, courseId))
                .orElseThrow(() -> missingLink(studentId, courseId))
                .setGrade(grade);
    }

    // tag::delete[]
    // The owning side: deleting the student makes Hibernate delete all its enrollment rows in one statement,
    // then the student. The courses stay.
    @Override
    public void deleteStudent(long studentId) {
        students.delete(students.findLockedById(studentId).orElseThrow(() -> NotFoundException.student(studentId)));
    }

    // The inverse side: Hibernate never writes the links from a course, so they go first, in one bulk delete
    // (deleteById alone would leave them to the schema's cascade, or fail on a schema without one).
    @Override
    public void deleteCourse(long courseId) {
        var course = courses.findLockedById(courseId).orElseThrow(() -> NotFoundException.course(courseId));
        enrollments.deleteAllOfCourse(courseId);
        courses.delete(course);
    }
    // end::delete[]

    /** The link is not there: say which end is missing, if one is. */
    private NotFoundException missingLink(long studentId, long courseId) {
        if (!students.existsById(studentId)) {
            return NotFoundException.student(studentId);
        }
        if (!courses.existsById(courseId)) {
            return NotFoundException.course(courseId);
        }
        return NotFoundException.enrollment(studentId, courseId);
    }
}
