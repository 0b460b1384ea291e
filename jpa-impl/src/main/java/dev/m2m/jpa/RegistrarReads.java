package dev.m2m.jpa;

import dev.m2m.core.Approach;
import dev.m2m.core.Course;
import dev.m2m.core.CourseStats;
import dev.m2m.core.CourseWithStudents;
import dev.m2m.core.NotFoundException;
import dev.m2m.core.Student;
import dev.m2m.core.StudentWithCourses;
import dev.m2m.jpa.mapping.StudentEntity;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Every read, one statement each, and every one a projection: the query selects the columns the
 * result needs, and Hibernate builds one small record per row, with no entity, no persistence-context
 * entry and no collection behind it. The queries still navigate the mapped association
 * ({@code join s.courses}, {@code join c.students}): the {@code @ManyToMany} writes the joins.
 *
 * <p>Why not entities with {@code join fetch}, which {@link dev.m2m.jpa.showcase.FetchStrategies} shows?
 * These reads return records that nobody modifies, and entities would cost them their bookkeeping for nothing: the
 * benchmarks measured a page of entities at four times the plain JDBC floor and this page at 1.3
 * times. Worse, a course's students fetched into their {@code Set} all share one hash code (see
 * {@link StudentEntity#hashCode()}), so filling the set is quadratic: {@code studentsIn} on a course
 * of 50,000 cost 78 times the floor. Entities are for the writes, where they earn their keep.
 *
 * <p>Reads that name a student or a course start from that row and left-join the other side: no
 * row means the id is unknown, one row of nulls means it has no links; one statement answers both.
 */
final class RegistrarReads implements Approach.RegistrarReads {

    private final EntityManager em;

    RegistrarReads(EntityManager em) {
        this.em = em;
    }

    // tag::students-in[]
    @Override
    public List<Student> studentsIn(String courseName) {
        var rows = em.createQuery("""
                        select s.id, s.name
                        from Course c
                        left join c.students s
                        where c.name = :name
                        order by s.name, s.id""", StudentRow.class)
                .setParameter("name", courseName)
                .getResultList();
        if (rows.isEmpty()) {
            throw NotFoundException.courseNamed(courseName);
        }
        return students(rows);
    }
    // end::students-in[]

    @Override
    public StudentWithCourses findStudent(long studentId) {
        var rows = em.createQuery("""
                        select s.id, s.name, c.id, c.name, c.capacity
                        from Student s
                        left join s.courses c
                        where s.id = :id
                        order by c.name, c.id""", StudentCourseRow.class)
                .setParameter("id", studentId)
                .getResultList();
        return studentsWithCourses(rows).stream().findFirst().orElseThrow(() -> NotFoundException.student(studentId));
    }

    @Override
    public CourseWithStudents findCourse(long courseId) {
        var rows = em.createQuery("""
                        select c.id, c.name, c.capacity, s.id, s.name
                        from Course c
                        left join c.students s
                        where c.id = :id
                        order by s.name, s.id""", CourseStudentRow.class)
                .setParameter("id", courseId)
                .getResultList();
        if (rows.isEmpty()) {
            throw NotFoundException.course(courseId);
        }
        var first = rows.get(0);
        var course = new Course(first.courseId(), first.courseName(), first.courseCapacity());
        return new CourseWithStudents(course, students(rows.stream()
                .map(row -> new StudentRow(row.studentId(), row.studentName()))
                .toList()));
    }

    /**
     * The page is cut first, in a derived table ({@code from (select ...)}, HQL since Hibernate 6.1), so
     * the limit counts students; the students and their courses are joined to it after. A limit on the
     * join itself would count (student, course) rows; a {@code join fetch} with a limit is paged by Hibernate
     * 7.4 in a derived table of its own, but loads entities (chapter 7). The derived table comes first on
     * purpose: written as
     * {@code where s.id in (select ... limit ...)} or as {@code join (select ...)} after the students,
     * the same rows cost 22 and 53 times the plain JDBC floor on H2 (measured on 1,000 students, where
     * this form costs 1.3): H2 then evaluated the page once per student.
     */
    // tag::list-students[]
    @Override
    public List<StudentWithCourses> listStudents(long afterId, int limit) {
        var rows = em.createQuery("""
                        select s.id, s.name, c.id, c.name, c.capacity
                        from (select p.id as id from Student p
                              where p.id > :afterId
                              order by p.id
                              limit :limit) page
                        join Student s on s.id = page.id
                        left join s.courses c
                        order by s.id, c.name, c.id""", StudentCourseRow.class)
                .setParameter("afterId", afterId)
                .setParameter("limit", limit)
                .getResultList();
        return studentsWithCourses(rows);
    }
    // end::list-students[]

    // tag::course-stats[]
    @Override
    public List<CourseStats> courseStats() {
        return em.createQuery("""
                        select c.id, c.name, c.capacity, count(s.id)
                        from Course c
                        left join c.students s
                        group by c.id, c.name, c.capacity
                        order by c.name, c.id""", CourseStatsRow.class)
                .getResultStream()
                .map(row -> new CourseStats(
                        new Course(row.courseId(), row.courseName(), row.courseCapacity()), row.enrolled().intValue()))
                .toList();
    }
    // end::course-stats[]

    /**
     * The student is the root (an unknown id gives no row), then every course of theirs, then every
     * student of those courses but themselves. The {@code on} condition applies to the join to the other
     * student, so the student's own link rows come back as nulls, dropped with the "nobody" row.
     */
    // tag::classmates-of[]
    @Override
    public List<Student> classmatesOf(long studentId) {
        var rows = em.createQuery("""
                        select distinct other.id, other.name
                        from Student me
                        left join me.courses c
                        left join c.students other on other.id <> me.id
                        where me.id = :id
                        order by other.name, other.id""", StudentRow.class)
                .setParameter("id", studentId)
                .getResultList();
        if (rows.isEmpty()) {
            throw NotFoundException.student(studentId);
        }
        return students(rows);
    }
    // end::classmates-of[]

    // tag::without-courses[]
    @Override
    public List<Student> studentsWithoutCourses() {
        return students(em.createQuery("""
                        select s.id, s.name
                        from Student s
                        where s.courses is empty
                        order by s.name, s.id""", StudentRow.class)
                .getResultList());
    }
    // end::without-courses[]

    private static List<Student> students(List<StudentRow> rows) {
        return rows.stream().filter(row -> !row.isNobody()).map(StudentRow::toStudent).toList();
    }

    /** Rows ordered by student: one record per student, the "no course" row giving an empty list. */
    private static List<StudentWithCourses> studentsWithCourses(List<StudentCourseRow> rows) {
        return StudentWithCourses.fold(rows, row -> new Student(row.studentId(), row.studentName()),
                row -> row.courseId() == null ? null
                        : new Course(row.courseId(), row.courseName(), row.courseCapacity()));
    }

    /** A student, or nulls: one row of a list of students, or the "nobody" row of a left join. */
    record StudentRow(Long id, String name) {

        boolean isNobody() {
            return id == null;
        }

        Student toStudent() {
            return new Student(id, name);
        }
    }

    /** A student and one of their courses, or nulls for the course of a student who has none. */
    record StudentCourseRow(Long studentId, String studentName,
                            Long courseId, String courseName, Integer courseCapacity) {
    }

    /** A course and one of its students, or nulls for the student of a course that has none. */
    record CourseStudentRow(Long courseId, String courseName, Integer courseCapacity,
                            Long studentId, String studentName) {
    }

    /** A row per course: only the size of the collection is needed, so the database counts. */
    record CourseStatsRow(Long courseId, String courseName, Integer courseCapacity, Long enrolled) {
    }
}
