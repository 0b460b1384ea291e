package dev.m2m.springdatajdbc;

import dev.m2m.core.AlreadyEnrolledException;
import dev.m2m.core.Approach;
import dev.m2m.core.Course;
import dev.m2m.core.CourseFullException;
import dev.m2m.core.DuplicateCourseNameException;
import dev.m2m.core.Grade;
import dev.m2m.core.NotFoundException;
import dev.m2m.core.Student;
import dev.m2m.springdatajdbc.mapping.CourseAggregate;
import dev.m2m.springdatajdbc.mapping.CourseRepository;
import dev.m2m.springdatajdbc.mapping.SeatCount;
import dev.m2m.springdatajdbc.mapping.StudentAggregate;
import dev.m2m.springdatajdbc.mapping.StudentRepository;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every write, through the aggregates: a link is added, graded or dropped by loading the student, changing
 * it, and saving it, which writes the student's row and all of its links again. Each throws a domain
 * exception before it has written anything.
 *
 * <p>Every save locks the student, then every course whose link it writes, in id order: capacity is held
 * as in the other approaches (the seats counted under the locks), and a course deleted meanwhile cannot
 * get its link written back ({@link #lockCoursesWrittenBack}).
 */
// the transaction manager named, not found: see SpringDataJdbcConfiguration#transactionManager
@Transactional(transactionManager = "transactionManager")
class RegistrarWrites implements Approach.RegistrarWrites {

    private final StudentRepository students;
    private final CourseRepository courses;

    RegistrarWrites(StudentRepository students, CourseRepository courses) {
        this.students = students;
        this.courses = courses;
    }

    @Override
    public Student addStudent(String name) {
        return students.save(StudentAggregate.create(name)).toStudent();
    }

    @Override
    public Course addCourse(String name, int capacity) {
        try {
            return courses.save(CourseAggregate.create(name, capacity)).toCourse();
        } catch (DuplicateKeyException e) {
            // the unique constraint decides, not a query beforehand: two concurrent inserts cannot both pass it
            throw new DuplicateCourseNameException(name);
        }
    }

    // tag::enroll-all[]
    /** All or nothing: the student and every course are locked and checked before the first link is added. */
    @Override
    public void enrollAll(long studentId, List<Long> courseIds) {
        var student = students.findLockedById(studentId).orElseThrow(() -> NotFoundException.student(studentId));
        if (courseIds.isEmpty()) {
            return;
        }
        Map<Long, CourseAggregate> locked = lockCoursesWrittenBack(student, courseIds);
        var found = courseIds.stream().filter(locked::containsKey).toList();
        Map<Long, Long> taken = found.isEmpty() ? Map.of() : courses.countSeats(found).stream()
                .collect(Collectors.toMap(SeatCount::courseId, SeatCount::taken));
        for (long courseId : courseIds) {
            var course = locked.get(courseId);
            if (course == null) {
                throw NotFoundException.course(courseId);
            }
            if (student.isEnrolledIn(courseId)) {
                throw new AlreadyEnrolledException(studentId, courseId);
            }
            if (taken.getOrDefault(courseId, 0L) >= course.getCapacity()) {
                throw new CourseFullException(courseId, course.getCapacity());
            }
        }
        courseIds.forEach(student::enroll);
        // the student's row, then every link deleted and inserted again, the new ones with them
        students.save(student);
    }
    // end::enroll-all[]

    @Override
    public void drop(long studentId, long courseId) {
        var student = students.findLockedById(studentId).orElseThrow(() -> NotFoundException.student(studentId));
        if (!student.drop(courseId)) {
            throw missingLink(studentId, courseId);
        }
        lockCoursesWrittenBack(student, List.of());
        students.save(student);
    }

    @Override
    public void grade(long studentId, long courseId, Grade grade) {
        var student = students.findLockedById(studentId).orElseThrow(() -> NotFoundException.student(studentId));
        student.enrollment(courseId).orElseThrow(() -> missingLink(studentId, courseId)).grade(grade.points());
        lockCoursesWrittenBack(student, List.of());
        students.save(student);
    }

    // tag::delete[]
    // The student's aggregate holds its links: deleting it deletes them, then the student.
    @Override
    public void deleteStudent(long studentId) {
        students.delete(students.findLockedById(studentId).orElseThrow(() -> NotFoundException.student(studentId)));
    }

    // The course's aggregate holds no link: the links that name it belong to the students' aggregates, which
    // Spring Data JDBC does not know of. The schema's ON DELETE CASCADE removes them with the course.
    @Override
    public void deleteCourse(long courseId) {
        courses.delete(courses.findLockedById(courseId).orElseThrow(() -> NotFoundException.course(courseId)));
    }
    // end::delete[]

    // tag::lock-written-back[]
    /**
     * A save writes every link of the student again, so every course those links name is locked first, with
     * the courses about to be joined, in id order. Without it, a course deleted meanwhile by another call
     * (whose cascade removed its link) would be written back: a foreign-key error, or on H2, which does not
     * wait for an uncommitted delete of the row a foreign key names, a link to a course that no longer
     * exists. A link whose course is gone by the time the lock is granted is left out of the save.
     */
    private Map<Long, CourseAggregate> lockCoursesWrittenBack(StudentAggregate student, List<Long> joining) {
        var ids = new TreeSet<>(joining);
        student.getEnrollments().forEach(enrollment -> ids.add(enrollment.courseId()));
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, CourseAggregate> locked = courses.findLockedByIdInOrderById(ids).stream()
                .collect(Collectors.toMap(CourseAggregate::getId, Function.identity()));
        student.keepLinksTo(locked.keySet());
        return locked;
    }
    // end::lock-written-back[]

    /** The student is there but not the link: say whether the course is missing too. */
    private NotFoundException missingLink(long studentId, long courseId) {
        return courses.existsById(courseId)
                ? NotFoundException.enrollment(studentId, courseId)
                : NotFoundException.course(courseId);
    }
}
