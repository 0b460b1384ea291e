package dev.m2m.mybatis;

import dev.m2m.core.Approach;
import dev.m2m.core.DuplicateCourseNameException;
import dev.m2m.core.ImportedSchool;
import dev.m2m.core.SchoolImport.Link;
import dev.m2m.core.SchoolImport.NewCourse;
import dev.m2m.core.SchoolImport;
import dev.m2m.mybatis.mapping.CourseMapper;
import dev.m2m.mybatis.mapping.CourseRow;
import dev.m2m.mybatis.mapping.EnrollmentMapper;
import dev.m2m.mybatis.mapping.StudentMapper;
import dev.m2m.mybatis.mapping.StudentRow;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.List;
import java.util.Set;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;

/**
 * The bulk load on MyBatis: the same mapper inserts as one {@code addStudent} or {@code enroll}, in a
 * BATCH session. Consecutive calls of one statement are queued as one JDBC batch;
 * {@link SqlSession#flushStatements()} sends it, every {@link SchoolImport#BATCH_SIZE} rows, and
 * then MyBatis writes each generated id into its row object ({@code useGeneratedKeys}), so the links
 * can name them. Runs in the caller's session and transaction.
 */
final class SchoolImporter implements Approach.SchoolImporter {

    private final SqlSession session;

    SchoolImporter(SqlSession session) {
        this.session = session;
    }

    // tag::import[]
    @Override
    public ImportedSchool importSchool(SchoolImport school) {
        var students = session.getMapper(StudentMapper.class);
        var studentRows = school.studentNames().stream().map(StudentRow::new).toList();
        for (List<StudentRow> batch : SchoolImport.inBatches(studentRows)) {
            batch.forEach(students::insert);
            session.flushStatements();
        }
        var courseRows = insertCourses(school.courses());
        List<Long> studentIds = studentRows.stream().map(row -> row.toStudent().id()).toList();
        List<Long> courseIds = courseRows.stream().map(row -> row.toCourse().id()).toList();
        var enrollments = session.getMapper(EnrollmentMapper.class);
        for (List<Link> batch : SchoolImport.inBatches(school.links())) {
            batch.forEach(link -> enrollments.insert(studentIds.get(link.student()), courseIds.get(link.course())));
            session.flushStatements();
        }
        return new ImportedSchool(studentIds, courseIds);
    }
    // end::import[]

    /**
     * The names are checked first, and the unique constraint has the last word: a name that a concurrent
     * call takes between the check and the insert fails the batch, which does not say which row failed.
     * So the batches run after a savepoint on the session's connection; when one fails on a key, the
     * transaction goes back to the savepoint (PostgreSQL accepts no statement in a failed transaction
     * otherwise) and looks again.
     */
    private List<CourseRow> insertCourses(List<NewCourse> newCourses) {
        requireFreeNames(newCourses);
        var courses = session.getMapper(CourseMapper.class);
        var courseRows = newCourses.stream().map(course -> new CourseRow(course.name(), course.capacity())).toList();
        var connection = session.getConnection();
        Savepoint beforeCourses = savepoint(connection);
        try {
            for (List<CourseRow> batch : SchoolImport.inBatches(courseRows)) {
                batch.forEach(courses::insert);
                session.flushStatements();
            }
        } catch (PersistenceException e) {
            if (ConstraintViolations.isUniqueViolation(e)) {
                rollback(connection, beforeCourses);
                requireFreeNames(newCourses); // names the course taken meanwhile
            }
            throw e;
        }
        return courseRows;
    }

    private static Savepoint savepoint(Connection connection) {
        try {
            return connection.setSavepoint();
        } catch (SQLException e) {
            throw new PersistenceException("cannot set a savepoint", e);
        }
    }

    private static void rollback(Connection connection, Savepoint savepoint) {
        try {
            connection.rollback(savepoint);
        } catch (SQLException e) {
            throw new PersistenceException("cannot roll back to a savepoint", e);
        }
    }

    /**
     * A failed batch does not say which row failed, so the names are looked up first, a batch of them
     * per query, and the first taken one in the import's order is reported (the query's rows come in no
     * promised order). The unique constraint still has the last word: a name a concurrent transaction
     * takes between this check and the insert fails the batch, and the import with it.
     */
    private void requireFreeNames(List<NewCourse> courses) {
        var mapper = session.getMapper(CourseMapper.class);
        for (List<NewCourse> batch : SchoolImport.inBatches(courses)) {
            var names = batch.stream().map(NewCourse::name).toList();
            var taken = Set.copyOf(mapper.takenNames(names));
            names.stream().filter(taken::contains).findFirst().ifPresent(name -> {
                throw new DuplicateCourseNameException(name);
            });
        }
    }
}
