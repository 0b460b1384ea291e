package dev.m2m.bench.workload;

import dev.m2m.core.NotFoundException;
import dev.m2m.core.StudentWithCourses;
import dev.m2m.mybatis.MyBatisRegistrar;
import dev.m2m.mybatis.showcase.LoadingShowcase;
import java.util.List;
import javax.sql.DataSource;

/**
 * MyBatis with its two graph reads done the other way: the join's flat rows folded by a
 * {@code ResultHandler} ({@link LoadingShowcase#flatRows}) instead of the registrar's nested result map.
 * Everything else is the MyBatis registrar's.
 */
final class MyBatisFlatRowsWorkload extends RegistrarWorkload {

    private final LoadingShowcase showcase;

    MyBatisFlatRowsWorkload(DataSource dataSource) {
        super(MyBatisRegistrar.create(dataSource));
        this.showcase = new LoadingShowcase(dataSource);
    }

    @Override
    public StudentWithCourses findStudent(long studentId) {
        var student = showcase.flatRowsOfStudent(studentId);
        if (student == null) {
            throw NotFoundException.student(studentId);
        }
        return student;
    }

    @Override
    public List<StudentWithCourses> listStudents(long afterId, int limit) {
        return showcase.flatRows(afterId, limit);
    }
}
