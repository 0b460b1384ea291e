package dev.m2m.springdatajdbc.mapping;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

/** The course aggregate, and the reads that start from a course. */
public interface CourseRepository extends ListCrudRepository<CourseAggregate, Long> {

    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<CourseAggregate> findLockedById(long id);

    /** Locked in id order whatever order the caller gave, so two enrolments cannot deadlock each other. */
    @Lock(LockMode.PESSIMISTIC_WRITE)
    List<CourseAggregate> findLockedByIdInOrderById(Collection<Long> ids);

    /** How many students each course holds, under the courses' locks. */
    @Query(value = """
            SELECT c.id AS course_id, COUNT(e.student_id) AS taken
            FROM course c
            LEFT JOIN enrollment e ON e.course_id = c.id
            WHERE c.id IN (:ids)
            GROUP BY c.id""", rowMapperClass = SeatCount.Mapper.class)
    List<SeatCount> countSeats(Collection<Long> ids);

    @Query(value = """
            SELECT s.id AS student_id, s.name AS student_name
            FROM course c
            LEFT JOIN enrollment e ON e.course_id = c.id
            LEFT JOIN student s ON s.id = e.student_id
            WHERE c.name = :name
            ORDER BY s.name, s.id""", rowMapperClass = StudentRow.Mapper.class)
    List<StudentRow> findStudentsOfCourseNamed(String name);

    @Query(value = """
            SELECT c.id AS course_id, c.name AS course_name, c.capacity AS course_capacity,
                   s.id AS student_id, s.name AS student_name
            FROM course c
            LEFT JOIN enrollment e ON e.course_id = c.id
            LEFT JOIN student s ON s.id = e.student_id
            WHERE c.id = :id
            ORDER BY s.name, s.id""", rowMapperClass = CourseStudentRow.Mapper.class)
    List<CourseStudentRow> findWithStudents(long id);

    @Query(value = """
            SELECT c.id, c.name, c.capacity, COUNT(e.student_id) AS enrolled
            FROM course c
            LEFT JOIN enrollment e ON e.course_id = c.id
            GROUP BY c.id, c.name, c.capacity
            ORDER BY c.name, c.id""", rowMapperClass = CourseStatsRow.Mapper.class)
    List<CourseStatsRow> countAllSeats();

    @Query("SELECT name FROM course WHERE name IN (:names)")
    List<String> findTakenNames(Collection<String> names);

    @Query(value = """
            SELECT s.id AS student_id, s.name AS student_name,
                   c.id AS course_id, c.name AS course_name, c.capacity AS course_capacity,
                   e.enrolled_at, e.grade
            FROM course c
            LEFT JOIN enrollment e ON e.course_id = c.id
            LEFT JOIN student s ON s.id = e.student_id
            WHERE c.id = :id
            ORDER BY s.name, s.id""", rowMapperClass = EnrollmentRow.Mapper.class)
    List<EnrollmentRow> findRoster(long id);

    /** The filter on the link's data sits in the join condition, so the course row survives when none passes. */
    @Query(value = """
            SELECT s.id AS student_id, s.name AS student_name,
                   c.id AS course_id, c.name AS course_name, c.capacity AS course_capacity,
                   e.enrolled_at, e.grade
            FROM course c
            LEFT JOIN enrollment e ON e.course_id = c.id AND e.grade >= :minimum
            LEFT JOIN student s ON s.id = e.student_id
            WHERE c.id = :id
            ORDER BY e.grade DESC, s.name, s.id""", rowMapperClass = EnrollmentRow.Mapper.class)
    List<EnrollmentRow> findGradedAtLeast(long id, int minimum);
}
