package dev.m2m.jooq.mapping;

import static dev.m2m.jooq.schema.Tables.COURSE;
import static dev.m2m.jooq.schema.Tables.ENROLLMENT;
import static dev.m2m.jooq.schema.Tables.STUDENT;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import dev.m2m.core.Course;
import dev.m2m.core.Student;
import java.util.List;
import org.jooq.Field;

/**
 * The other side of the link, nested in the row with {@code MULTISET} and mapped onto domain records by
 * constructor references: the registrar's graph reads select these fields, and the showcase's
 * {@code RenderedOnceReads} renders the very same ones once. Each is correlated to the row it is nested in
 * by the field it is given, so one definition serves a table and a derived table alike.
 */
public final class Multisets {

    private Multisets() {
    }

    // tag::courses-of[]
    /** A student's courses, by name then id, nested in the student's row: a correlated MULTISET. */
    public static Field<List<Course>> coursesOf(Field<Long> studentId) {
        return multiset(
                select(COURSE.ID, COURSE.NAME, COURSE.CAPACITY)
                        .from(ENROLLMENT)
                        .join(COURSE).on(COURSE.ID.eq(ENROLLMENT.COURSE_ID))
                        .where(ENROLLMENT.STUDENT_ID.eq(studentId))
                        .orderBy(COURSE.NAME, COURSE.ID))
                .convertFrom(courses -> courses.map(mapping(Course::new)));
    }
    // end::courses-of[]

    /** A course's students, by name then id, nested in the course's row. */
    public static Field<List<Student>> studentsOf(Field<Long> courseId) {
        return multiset(
                select(STUDENT.ID, STUDENT.NAME)
                        .from(ENROLLMENT)
                        .join(STUDENT).on(STUDENT.ID.eq(ENROLLMENT.STUDENT_ID))
                        .where(ENROLLMENT.COURSE_ID.eq(courseId))
                        .orderBy(STUDENT.NAME, STUDENT.ID))
                .convertFrom(students -> students.map(mapping(Student::new)));
    }
}
