package dev.m2m.jooq.showcase;

import static dev.m2m.jooq.mapping.Multisets.coursesOf;
import static dev.m2m.jooq.mapping.Multisets.studentsOf;
import static dev.m2m.jooq.schema.Tables.COURSE;
import static dev.m2m.jooq.schema.Tables.STUDENT;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.select;

import dev.m2m.core.Course;
import dev.m2m.core.CourseWithStudents;
import dev.m2m.core.Student;
import dev.m2m.core.StudentWithCourses;
import dev.m2m.jooq.JooqSetup;
import dev.m2m.jooq.Transactions;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Table;
import org.jooq.conf.NestedCollectionEmulation;

/**
 * The registrar's three MULTISET reads, the same SQL, rendered once instead of at every call. jOOQ builds
 * and renders a query each time it runs one, and on H2 that was half of a call (chapter 13's profile); its
 * manual's answer is to cache the SQL it generates. Each query here is built once with named parameters,
 * rendered once to a string, and run as plain SQL with its bind values, {@code coerce}d back onto the
 * query's own fields, so that the MULTISET column is still read into records by the field's converter.
 * The price: the bind values are given in the order the SQL takes them, and a query can no longer change
 * shape from one call to the next. Each read runs in its own read-only transaction, as the registrar's do.
 */
public final class RenderedOnceReads {

    /** A student's courses and a course's students, nested as the registrar nests them: its own fields. */
    private static final Field<List<Course>> COURSES = coursesOf(STUDENT.ID);
    private static final Field<List<Student>> STUDENTS = studentsOf(COURSE.ID);

    /** The keyset page, cut first in a derived table as the registrar's is: after an id, so many students. */
    private static final Table<?> PAGE = select(STUDENT.ID, STUDENT.NAME)
            .from(STUDENT)
            .where(STUDENT.ID.gt(param("afterId", Long.class)))
            .orderBy(STUDENT.ID)
            .limit(param("limit", Integer.class))
            .asTable("page");
    private static final Field<Long> PAGE_ID = PAGE.field(STUDENT.ID);
    private static final Field<String> PAGE_NAME = PAGE.field(STUDENT.NAME);
    private static final Field<List<Course>> PAGE_COURSES = coursesOf(PAGE_ID);

    private final Transactions transactions;
    private final String findStudentSql;
    private final String findCourseSql;
    private final String listStudentsSql;

    /** The reads in the registrar's transactions, with its settings. */
    public RenderedOnceReads(DataSource dataSource) {
        this(new Transactions(dataSource));
    }

    /** The same reads with MULTISET nested another way than the registrar's JSON (JSONB, to compare). */
    public RenderedOnceReads(DataSource dataSource, NestedCollectionEmulation multiset) {
        this(new Transactions(dataSource, JooqSetup.settings(multiset)));
    }

    // tag::rendered-once[]
    private RenderedOnceReads(Transactions transactions) {
        this.transactions = transactions;
        this.findStudentSql = rendered(select(STUDENT.ID, STUDENT.NAME, COURSES)
                .from(STUDENT)
                .where(STUDENT.ID.eq(param("studentId", Long.class))));
        this.findCourseSql = rendered(select(COURSE.ID, COURSE.NAME, COURSE.CAPACITY, STUDENTS)
                .from(COURSE)
                .where(COURSE.ID.eq(param("courseId", Long.class))));
        this.listStudentsSql = rendered(select(PAGE_ID, PAGE_NAME, PAGE_COURSES).from(PAGE).orderBy(PAGE_ID));
    }

    /** The query's SQL, rendered by a DSLContext of the dialect and settings the reads run with. */
    private String rendered(Query query) {
        return transactions.read(dsl -> dsl.render(query));
    }
    // end::rendered-once[]

    /** The SQL of {@link #findStudent}, as rendered: it takes the student's id. */
    public String findStudentSql() {
        return findStudentSql;
    }

    /** The SQL of {@link #findCourse}, as rendered: it takes the course's id. */
    public String findCourseSql() {
        return findCourseSql;
    }

    /** The SQL of {@link #listStudents}, as rendered: it takes the id to start after, then the limit. */
    public String listStudentsSql() {
        return listStudentsSql;
    }

    // tag::find-student[]
    /** The student with their courses, or empty for an unknown id: the SQL bound, run, and read back. */
    public Optional<StudentWithCourses> findStudent(long studentId) {
        return transactions.read(dsl -> dsl.resultQuery(findStudentSql, studentId)
                .coerce(STUDENT.ID, STUDENT.NAME, COURSES)
                .fetchOptional(mapping((id, name, courses) -> new StudentWithCourses(new Student(id, name), courses))));
    }
    // end::find-student[]

    /** The course with its students, or empty for an unknown id. */
    public Optional<CourseWithStudents> findCourse(long courseId) {
        return transactions.read(dsl -> dsl.resultQuery(findCourseSql, courseId)
                .coerce(COURSE.ID, COURSE.NAME, COURSE.CAPACITY, STUDENTS)
                .fetchOptional(mapping((id, name, capacity, enrolled) ->
                        new CourseWithStudents(new Course(id, name, capacity), enrolled))));
    }

    /** A page of students after {@code afterId}, each with their courses: the SQL takes the id, then the limit. */
    public List<StudentWithCourses> listStudents(long afterId, int limit) {
        return transactions.read(dsl -> List.copyOf(dsl.resultQuery(listStudentsSql, afterId, limit)
                .coerce(PAGE_ID, PAGE_NAME, PAGE_COURSES)
                .fetch(mapping((id, name, courses) -> new StudentWithCourses(new Student(id, name), courses)))));
    }
}
