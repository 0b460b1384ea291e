package dev.m2m.mybatis;

import dev.m2m.core.DuplicateCourseNameException;
import dev.m2m.core.ImportedSchool;
import dev.m2m.core.SchoolImport;
import dev.m2m.core.SchoolImport.Link;
import dev.m2m.core.SchoolImport.NewCourse;
import java.util.ArrayList;
import java.util.List;
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
        var studentRows = new ArrayList<StudentRow>(school.studentNames().size());
        for (String name : school.studentNames()) {
            var row = new StudentRow(name);
            students.insert(row);
            studentRows.add(row);
            flushEveryBatch(session, studentRows.size());
        }
        session.flushStatements();
        requireFreeNames(session, school.courses());
        var courses = session.getMapper(CourseMapper.class);
        var courseRows = new ArrayList<CourseRow>(school.courses().size());
        for (NewCourse course : school.courses()) {
            var row = new CourseRow(course.name(), course.capacity());
            courses.insert(row);
            courseRows.add(row);
            flushEveryBatch(session, courseRows.size());
        }
        session.flushStatements();
        List<Long> studentIds = studentRows.stream().map(row -> row.toStudent().id()).toList();
        List<Long> courseIds = courseRows.stream().map(row -> row.toCourse().id()).toList();
        var enrollments = session.getMapper(EnrollmentMapper.class);
        int queued = 0;
        for (Link link : school.links()) {
            enrollments.insert(studentIds.get(link.student()), courseIds.get(link.course()));
            flushEveryBatch(session, ++queued);
        }
        session.flushStatements();
        return new ImportedSchool(studentIds, courseIds);
    }
    // end::import[]

    private static void flushEveryBatch(SqlSession session, int queued) {
        if (queued % SchoolImport.BATCH_SIZE == 0) {
            session.flushStatements();
        }
    }

    /**
     * A failed batch does not say which row failed, so the names are looked up first, a batch of them
     * per query. The unique constraint still has the last word: a name a concurrent transaction takes
     * between this check and the insert fails the batch, and the import with it.
     */
    private static void requireFreeNames(SqlSession session, List<NewCourse> courses) {
        var mapper = session.getMapper(CourseMapper.class);
        for (int from = 0; from < courses.size(); from += SchoolImport.BATCH_SIZE) {
            var names = courses.subList(from, Math.min(courses.size(), from + SchoolImport.BATCH_SIZE)).stream()
                    .map(NewCourse::name)
                    .toList();
            mapper.takenNames(names).stream().findFirst().ifPresent(taken -> {
                throw new DuplicateCourseNameException(taken);
            });
        }
    }
}
