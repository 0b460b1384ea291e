package dev.m2m.springdatajdbc.mapping;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

/**
 * The student aggregate: {@code save}, {@code findById} and {@code delete} write and read the student with
 * all of its links. Spring Data JDBC derives no joins across aggregates, so every read that crosses to the
 * courses is SQL in a {@code @Query}, its rows mapped onto a record.
 */
public interface StudentRepository extends ListCrudRepository<StudentAggregate, Long> {

    // tag::lock[]
    /** The aggregate, its root row locked ({@code FOR UPDATE}) until the transaction ends, then its links. */
    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<StudentAggregate> findLockedById(long id);
    // end::lock[]

    // tag::find-student[]
    @Query(value = """
            SELECT s.id AS student_id, s.name AS student_name,
                   c.id AS course_id, c.name AS course_name, c.capacity AS course_capacity
            FROM student s
            LEFT JOIN enrollment e ON e.student_id = s.id
            LEFT JOIN course c ON c.id = e.course_id
            WHERE s.id = :id
            ORDER BY c.name, c.id""", rowMapperClass = StudentCourseRow.Mapper.class)
    List<StudentCourseRow> findWithCourses(long id);
    // end::find-student[]

    /** The page cut first, in a derived table, so that the limit counts students. */
    @Query(value = """
            SELECT s.id AS student_id, s.name AS student_name,
                   c.id AS course_id, c.name AS course_name, c.capacity AS course_capacity
            FROM (SELECT id, name FROM student
                  WHERE id > :afterId
                  ORDER BY id
                  FETCH FIRST :limit ROWS ONLY) s
            LEFT JOIN enrollment e ON e.student_id = s.id
            LEFT JOIN course c ON c.id = e.course_id
            ORDER BY s.id, c.name, c.id""", rowMapperClass = StudentCourseRow.Mapper.class)
    List<StudentCourseRow> pageWithCourses(long afterId, int limit);

    @Query(value = """
            SELECT DISTINCT s.id AS student_id, s.name AS student_name
            FROM student me
            LEFT JOIN enrollment mine ON mine.student_id = me.id
            LEFT JOIN enrollment theirs ON theirs.course_id = mine.course_id AND theirs.student_id <> me.id
            LEFT JOIN student s ON s.id = theirs.student_id
            WHERE me.id = :id
            ORDER BY s.name, s.id""", rowMapperClass = StudentRow.Mapper.class)
    List<StudentRow> findClassmates(long id);

    @Query(value = """
            SELECT s.id AS student_id, s.name AS student_name
            FROM student s
            WHERE NOT EXISTS (SELECT 1 FROM enrollment e WHERE e.student_id = s.id)
            ORDER BY s.name, s.id""", rowMapperClass = StudentRow.Mapper.class)
    List<StudentRow> findWithoutCourses();

    @Query(value = """
            SELECT s.id AS student_id, s.name AS student_name,
                   c.id AS course_id, c.name AS course_name, c.capacity AS course_capacity,
                   e.enrolled_at, e.grade
            FROM student s
            LEFT JOIN enrollment e ON e.student_id = s.id
            LEFT JOIN course c ON c.id = e.course_id
            WHERE s.id = :id
            ORDER BY c.name, c.id""", rowMapperClass = EnrollmentRow.Mapper.class)
    List<EnrollmentRow> findTranscript(long id);
}
