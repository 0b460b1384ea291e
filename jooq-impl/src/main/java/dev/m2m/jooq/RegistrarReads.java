package dev.m2m.jooq;

import static dev.m2m.jooq.mapping.Multisets.coursesOf;
import static dev.m2m.jooq.mapping.Multisets.studentsOf;
import static dev.m2m.jooq.schema.Tables.COURSE;
import static dev.m2m.jooq.schema.Tables.ENROLLMENT;
import static dev.m2m.jooq.schema.Tables.STUDENT;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;

import dev.m2m.core.Approach;
import dev.m2m.core.Course;
import dev.m2m.core.CourseStats;
import dev.m2m.core.CourseWithStudents;
import dev.m2m.core.NotFoundException;
import dev.m2m.core.Student;
import dev.m2m.core.StudentWithCourses;
import dev.m2m.jooq.mapping.Multisets;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.Result;

/**
 * Every read, one statement each. The three graph reads nest the other side in the row with
 * {@code MULTISET}: the database builds each student's courses as one JSON array (H2's
 * {@code json_arrayagg}, PostgreSQL's {@code json_agg}, which {@link JooqSetup} asks for), jOOQ reads it
 * back into records, and a constructor reference makes each a domain record ({@link Multisets}): no
 * parent columns repeated per child, and no fold.
 *
 * <p>Reads that name a row start FROM it, so "unknown id" is no row and "no links" an empty list. jOOQ's
 * {@code fetch} returns modifiable lists; these reads hand out unmodifiable copies.
 */
final class RegistrarReads implements Approach.RegistrarReads {

    private final DSLContext dsl;

    RegistrarReads(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<Student> studentsIn(String courseName) {
        var rows = dsl.select(STUDENT.ID, STUDENT.NAME)
                .from(COURSE)
                .leftJoin(ENROLLMENT).on(ENROLLMENT.COURSE_ID.eq(COURSE.ID))
                .leftJoin(STUDENT).on(STUDENT.ID.eq(ENROLLMENT.STUDENT_ID))
                .where(COURSE.NAME.eq(courseName))
                .orderBy(STUDENT.NAME, STUDENT.ID)
                .fetch();
        if (rows.isEmpty()) {
            throw NotFoundException.courseNamed(courseName);
        }
        return students(rows);
    }

    // tag::find-student[]
    @Override
    public StudentWithCourses findStudent(long studentId) {
        return dsl.select(STUDENT.ID, STUDENT.NAME, coursesOf(STUDENT.ID))
                .from(STUDENT)
                .where(STUDENT.ID.eq(studentId))
                .fetchOptional(mapping((id, name, courses) -> new StudentWithCourses(new Student(id, name), courses)))
                .orElseThrow(() -> NotFoundException.student(studentId));
    }
    // end::find-student[]

    @Override
    public CourseWithStudents findCourse(long courseId) {
        return dsl.select(COURSE.ID, COURSE.NAME, COURSE.CAPACITY, studentsOf(COURSE.ID))
                .from(COURSE)
                .where(COURSE.ID.eq(courseId))
                .fetchOptional(mapping((id, name, capacity, enrolled) ->
                        new CourseWithStudents(new Course(id, name, capacity), enrolled)))
                .orElseThrow(() -> NotFoundException.course(courseId));
    }

    // tag::list-students[]
    /**
     * The page is cut first, in a derived table, so that the limit counts students; only the page's
     * students get their courses nested.
     */
    @Override
    public List<StudentWithCourses> listStudents(long afterId, int limit) {
        var page = select(STUDENT.ID, STUDENT.NAME)
                .from(STUDENT)
                .where(STUDENT.ID.gt(afterId))
                .orderBy(STUDENT.ID)
                .limit(limit)
                .asTable("page");
        var id = page.field(STUDENT.ID);
        var name = page.field(STUDENT.NAME);
        return List.copyOf(dsl.select(id, name, coursesOf(id))
                .from(page)
                .orderBy(id)
                .fetch(mapping((studentId, studentName, courses) ->
                        new StudentWithCourses(new Student(studentId, studentName), courses))));
    }
    // end::list-students[]

    // tag::course-stats[]
    @Override
    public List<CourseStats> courseStats() {
        return List.copyOf(dsl.select(COURSE.ID, COURSE.NAME, COURSE.CAPACITY, count(ENROLLMENT.STUDENT_ID))
                .from(COURSE)
                .leftJoin(ENROLLMENT).on(ENROLLMENT.COURSE_ID.eq(COURSE.ID))
                .groupBy(COURSE.ID, COURSE.NAME, COURSE.CAPACITY)
                .orderBy(COURSE.NAME, COURSE.ID)
                .fetch(mapping((id, name, capacity, enrolled) ->
                        new CourseStats(new Course(id, name, capacity), enrolled))));
    }
    // end::course-stats[]

    // tag::classmates-of[]
    /**
     * The association table joined to itself: my links, then everyone else's links to the same courses;
     * DISTINCT, because two students who share several courses meet once per shared course.
     */
    @Override
    public List<Student> classmatesOf(long studentId) {
        var me = STUDENT.as("me");
        var mine = ENROLLMENT.as("mine");
        var theirs = ENROLLMENT.as("theirs");
        var classmate = STUDENT.as("s");
        var rows = dsl.selectDistinct(classmate.ID, classmate.NAME)
                .from(me)
                .leftJoin(mine).on(mine.STUDENT_ID.eq(me.ID))
                .leftJoin(theirs).on(theirs.COURSE_ID.eq(mine.COURSE_ID).and(theirs.STUDENT_ID.ne(me.ID)))
                .leftJoin(classmate).on(classmate.ID.eq(theirs.STUDENT_ID))
                .where(me.ID.eq(studentId))
                .orderBy(classmate.NAME, classmate.ID)
                .fetch();
        if (rows.isEmpty()) {
            throw NotFoundException.student(studentId);
        }
        return students(rows);
    }
    // end::classmates-of[]

    @Override
    public List<Student> studentsWithoutCourses() {
        return List.copyOf(dsl.select(STUDENT.ID, STUDENT.NAME)
                .from(STUDENT)
                .whereNotExists(selectOne().from(ENROLLMENT).where(ENROLLMENT.STUDENT_ID.eq(STUDENT.ID)))
                .orderBy(STUDENT.NAME, STUDENT.ID)
                .fetch(mapping(Student::new)));
    }

    /** The rows' students; a row of nulls is the LEFT JOIN's "nobody", which only proved the anchor exists. */
    private static List<Student> students(Result<Record2<Long, String>> rows) {
        return rows.stream()
                .filter(row -> row.value1() != null)
                .map(row -> new Student(row.value1(), row.value2()))
                .toList();
    }
}
