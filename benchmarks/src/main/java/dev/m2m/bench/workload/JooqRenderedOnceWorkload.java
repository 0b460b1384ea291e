package dev.m2m.bench.workload;

import dev.m2m.core.CourseWithStudents;
import dev.m2m.core.NotFoundException;
import dev.m2m.core.StudentWithCourses;
import dev.m2m.jooq.JooqRegistrar;
import dev.m2m.jooq.showcase.RenderedOnceReads;
import java.util.List;
import javax.sql.DataSource;

/**
 * jOOQ with its three MULTISET reads rendered once ({@link RenderedOnceReads}): the registrar's SQL, cached
 * as a string, so that what it measures against {@code JOOQ} is jOOQ's per-call building and rendering.
 * Everything else is the jOOQ registrar's.
 */
public final class JooqRenderedOnceWorkload extends RegistrarWorkload {

    private final RenderedOnceReads renderedOnce;

    public JooqRenderedOnceWorkload(DataSource dataSource) {
        super(JooqRegistrar.create(dataSource));
        this.renderedOnce = new RenderedOnceReads(dataSource);
    }

    @Override
    public StudentWithCourses findStudent(long studentId) {
        return renderedOnce.findStudent(studentId).orElseThrow(() -> NotFoundException.student(studentId));
    }

    @Override
    public CourseWithStudents findCourse(long courseId) {
        return renderedOnce.findCourse(courseId).orElseThrow(() -> NotFoundException.course(courseId));
    }

    @Override
    public List<StudentWithCourses> listStudents(long afterId, int limit) {
        return renderedOnce.listStudents(afterId, limit);
    }
}
