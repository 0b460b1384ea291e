package dev.m2m.jooq.showcase;

import static dev.m2m.jooq.schema.Tables.COURSE;
import static dev.m2m.jooq.schema.Tables.ENROLLMENT;
import static dev.m2m.jooq.schema.Tables.STUDENT;
import static org.jooq.impl.DSL.select;

import dev.m2m.core.Course;
import dev.m2m.core.CourseWithStudents;
import dev.m2m.core.Student;
import dev.m2m.core.StudentWithCourses;
import dev.m2m.jooq.Transactions;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jooq.Record5;
import org.jooq.Result;

/**
 * {@code findStudent}, {@code findCourse} and {@code listStudents} as flat LEFT JOINs, one statement each,
 * folded by hand: every row carries its parent's columns again, and Java groups the rows by parent. Each
 * read runs in its own read-only transaction, as the registrar's do.
 */
public final class FlatJoinReads {

    private final Transactions transactions;

    public FlatJoinReads(DataSource dataSource) {
        this.transactions = new Transactions(dataSource);
    }

    // tag::find-student[]
    /** The student with their courses, or empty for an unknown id; a student without courses is one row of nulls. */
    public Optional<StudentWithCourses> findStudent(long studentId) {
        return transactions.read(dsl -> studentsWithCourses(dsl
                .select(STUDENT.ID, STUDENT.NAME, COURSE.ID, COURSE.NAME, COURSE.CAPACITY)
                .from(STUDENT)
                .leftJoin(ENROLLMENT).on(ENROLLMENT.STUDENT_ID.eq(STUDENT.ID))
                .leftJoin(COURSE).on(COURSE.ID.eq(ENROLLMENT.COURSE_ID))
                .where(STUDENT.ID.eq(studentId))
                .orderBy(COURSE.NAME, COURSE.ID)
                .fetch()).stream().findFirst());
    }
    // end::find-student[]

    /** The page cut first in a derived table, as the registrar's; then one row per (student, course). */
    public List<StudentWithCourses> listStudents(long afterId, int limit) {
        return transactions.read(dsl -> {
            var page = select(STUDENT.ID, STUDENT.NAME)
                    .from(STUDENT)
                    .where(STUDENT.ID.gt(afterId))
                    .orderBy(STUDENT.ID)
                    .limit(limit)
                    .asTable("page");
            var id = page.field(STUDENT.ID);
            return studentsWithCourses(dsl.select(id, page.field(STUDENT.NAME), COURSE.ID, COURSE.NAME, COURSE.CAPACITY)
                    .from(page)
                    .leftJoin(ENROLLMENT).on(ENROLLMENT.STUDENT_ID.eq(id))
                    .leftJoin(COURSE).on(COURSE.ID.eq(ENROLLMENT.COURSE_ID))
                    .orderBy(id, COURSE.NAME, COURSE.ID)
                    .fetch());
        });
    }

    /** The course with its students, or empty for an unknown id. */
    public Optional<CourseWithStudents> findCourse(long courseId) {
        return transactions.read(dsl -> {
            Result<Record5<Long, String, Integer, Long, String>> rows = dsl
                    .select(COURSE.ID, COURSE.NAME, COURSE.CAPACITY, STUDENT.ID, STUDENT.NAME)
                    .from(COURSE)
                    .leftJoin(ENROLLMENT).on(ENROLLMENT.COURSE_ID.eq(COURSE.ID))
                    .leftJoin(STUDENT).on(STUDENT.ID.eq(ENROLLMENT.STUDENT_ID))
                    .where(COURSE.ID.eq(courseId))
                    .orderBy(STUDENT.NAME, STUDENT.ID)
                    .fetch();
            if (rows.isEmpty()) {
                return Optional.empty();
            }
            var first = rows.get(0);
            var students = rows.stream()
                    .filter(row -> row.value4() != null)
                    .map(row -> new Student(row.value4(), row.value5()))
                    .toList();
            return Optional.of(new CourseWithStudents(new Course(first.value1(), first.value2(), first.value3()), students));
        });
    }

    /** Rows ordered by student, one per (student, course): one record per student, a row of nulls no course. */
    private static List<StudentWithCourses> studentsWithCourses(
            Result<Record5<Long, String, Long, String, Integer>> rows) {
        return StudentWithCourses.fold(rows,
                row -> new Student(row.value1(), row.value2()),
                row -> row.value3() == null ? null : new Course(row.value3(), row.value4(), row.value5()));
    }
}
