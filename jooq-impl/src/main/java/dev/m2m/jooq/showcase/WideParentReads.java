package dev.m2m.jooq.showcase;

import static dev.m2m.jooq.schema.Tables.COURSE;
import static dev.m2m.jooq.schema.Tables.ENROLLMENT;
import static dev.m2m.jooq.schema.Tables.STUDENT;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.rpad;
import static org.jooq.impl.DSL.select;

import dev.m2m.core.Course;
import dev.m2m.core.Student;
import dev.m2m.jooq.Transactions;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jooq.Field;

/**
 * Teaching code: a wide parent, the case {@code MULTISET} is made for. This schema's parents are two or three
 * narrow columns; here a course is read with a description of a chosen width, made by the database (its name
 * padded with dots to that many characters, as wide as a stored text column of that length), and with its
 * students, both ways: {@code MULTISET} sends the description once, in the course's one row; the flat join
 * sends it on every student's row and the client keeps the first. Each read runs in its own read-only
 * transaction, as the registrar's do.
 */
public final class WideParentReads {

    /** A course, its description and its students by name then id. */
    public record DescribedCourse(Course course, String description, List<Student> students) {
    }

    private final Transactions transactions;

    public WideParentReads(DataSource dataSource) {
        this.transactions = new Transactions(dataSource);
    }

    /** The description: the course's name padded to {@code width} characters. */
    private static Field<String> description(int width) {
        return rpad(COURSE.NAME, width, ".").as("description");
    }

    // tag::nested[]
    /** One row: the course, its description once, its students nested. */
    public Optional<DescribedCourse> findCourseNested(long courseId, int width) {
        var students = multiset(
                select(STUDENT.ID, STUDENT.NAME)
                        .from(ENROLLMENT)
                        .join(STUDENT).on(STUDENT.ID.eq(ENROLLMENT.STUDENT_ID))
                        .where(ENROLLMENT.COURSE_ID.eq(COURSE.ID))
                        .orderBy(STUDENT.NAME, STUDENT.ID))
                .convertFrom(rows -> rows.map(mapping(Student::new)));
        return transactions.read(dsl -> dsl
                .select(COURSE.ID, COURSE.NAME, COURSE.CAPACITY, description(width), students)
                .from(COURSE)
                .where(COURSE.ID.eq(courseId))
                .fetchOptional(mapping((id, name, capacity, description, enrolled) ->
                        new DescribedCourse(new Course(id, name, capacity), description, enrolled))));
    }
    // end::nested[]

    // tag::flat[]
    /** One row per student, each carrying the course and its description again; folded by hand. */
    public Optional<DescribedCourse> findCourseFlat(long courseId, int width) {
        return transactions.read(dsl -> {
            var rows = dsl.select(COURSE.ID, COURSE.NAME, COURSE.CAPACITY, description(width), STUDENT.ID, STUDENT.NAME)
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
                    .filter(row -> row.value5() != null)
                    .map(row -> new Student(row.value5(), row.value6()))
                    .toList();
            return Optional.of(new DescribedCourse(new Course(first.value1(), first.value2(), first.value3()),
                    first.value4(), students));
        });
    }
    // end::flat[]
}
