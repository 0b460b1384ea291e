package dev.m2m.bench.workload;

import dev.m2m.core.CourseWithStudents;
import dev.m2m.core.NotFoundException;
import dev.m2m.core.StudentWithCourses;
import dev.m2m.jooq.JooqRegistrar;
import dev.m2m.jooq.showcase.FlatJoinReads;
import java.util.List;
import javax.sql.DataSource;

/**
 * jOOQ with its three graph reads done the other way: one flat join whose rows are folded by hand
 * ({@link FlatJoinReads}) instead of the registrar's MULTISET. Everything else is the jOOQ registrar's.
 */
final class JooqFlatJoinWorkload extends RegistrarWorkload {

    private final FlatJoinReads flat;

    JooqFlatJoinWorkload(DataSource dataSource) {
        super(JooqRegistrar.create(dataSource));
        this.flat = new FlatJoinReads(dataSource);
    }

    @Override
    public StudentWithCourses findStudent(long studentId) {
        return flat.findStudent(studentId).orElseThrow(() -> NotFoundException.student(studentId));
    }

    @Override
    public CourseWithStudents findCourse(long courseId) {
        return flat.findCourse(courseId).orElseThrow(() -> NotFoundException.course(courseId));
    }

    @Override
    public List<StudentWithCourses> listStudents(long afterId, int limit) {
        return flat.listStudents(afterId, limit);
    }
}
