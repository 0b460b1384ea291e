package dev.m2m.mybatis;

import dev.m2m.core.DuplicateCourseNameException;
import dev.m2m.core.ImportedSchool;
import dev.m2m.core.SchoolImport;
import dev.m2m.core.SchoolImport.Link;
import dev.m2m.core.SchoolImport.NewCourse;
import java.util.List;
import java.util.Set;
import org.apache.ibatis.session.SqlSession;

/**
 * The bulk load on MyBatis: the same mapper inserts as one {@code addStudent} or {@code enroll}, in a
 * BATCH session. Consecutive calls of one statement are queued as one JDBC batch;
 * {@link SqlSession#flushStatements()} sends it, every {@link SchoolImport#BATCH_SIZE} rows, and
 * then MyBatis writes each generated id into its row object ({@code useGeneratedKeys}), so the links
 * can name them. Runs in the caller's session and transaction.
 */
final class SchoolImporter {

    private SchoolImporter() {
    }

    // tag::import[]
    static ImportedSchool importSchool(SqlSession session, SchoolImport school) {
        var students = session.getMapper(StudentMapper.class);
        var studentRows = school.studentNames().stream().map(StudentRow::new).toList();
        for (List<StudentRow> batch : SchoolImport.inBatches(studentRows)) {
            batch.forEach(students::insert);
            session.flushStatements();
        }
        requireFreeNames(session, school.courses());
        var courses = session.getMapper(CourseMapper.class);
        var courseRows = school.courses().stream().map(course -> new CourseRow(course.name(), course.capacity()))
                .toList();
        for (List<CourseRow> batch : SchoolImport.inBatches(courseRows)) {
            batch.forEach(courses::insert);
            session.flushStatements();
        }
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
     * A failed batch does not say which row failed, so the names are looked up first, a batch of them
     * per query, and the first taken one in the import's order is reported (the query's rows come in no
     * promised order). The unique constraint still has the last word: a name a concurrent transaction
     * takes between this check and the insert fails the batch, and the import with it.
     */
    private static void requireFreeNames(SqlSession session, List<NewCourse> courses) {
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
