package dev.m2m.mybatis.showcase;

import dev.m2m.core.StudentWithCourses;
import dev.m2m.mybatis.MyBatisSetup;
import dev.m2m.mybatis.mapping.StudentRow;
import dev.m2m.mybatis.Transactions;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.apache.ibatis.session.SqlSession;

/**
 * One read, "every student with their courses", loaded the two ways MyBatis's result maps offer and a
 * third by hand, to show what each costs. All return the same list; for N students a nested select
 * sends 1 + N statements, nested results send 1, and flat rows folded by a {@code ResultHandler} send 1
 * and build fewer objects per row. The tests assert these counts; the benchmarks measure their time.
 */
public final class LoadingShowcase {

    private final Transactions transactions;

    /**
     * A configuration of its own, built as the registrar's, with this showcase's mapper added; its reads run
     * as the registrar's do.
     */
    public LoadingShowcase(DataSource dataSource) {
        var factory = MyBatisSetup.sqlSessionFactory(dataSource);
        factory.getConfiguration().addMapper(LoadingShowcaseMapper.class);
        this.transactions = new Transactions(factory);
    }

    /** {@code <collection select="...">}: the N+1 problem, written in three lines of XML. */
    public List<StudentWithCourses> nestedSelect() {
        return load(mapper -> mapper.allByNestedSelect());
    }

    /** The same nested select on a page of students, as a screen would load it: 1 + {@code limit} statements. */
    public List<StudentWithCourses> nestedSelect(long afterId, int limit) {
        return load(mapper -> mapper.pageByNestedSelect(afterId, limit));
    }

    /** {@code <collection>} with nested results: one join, folded into students by their {@code <id>}. */
    public List<StudentWithCourses> nestedResults() {
        return load(mapper -> mapper.allByNestedResults());
    }

    /**
     * One student with their courses from flat rows folded by a {@code ResultHandler}: one statement, as
     * with nested results, without the nested result map's bookkeeping per row. Null for an unknown id.
     */
    public StudentWithCourses flatRowsOfStudent(long studentId) {
        return transactions.read(session -> {
            var fold = new FlatRowFold();
            session.getMapper(LoadingShowcaseMapper.class).studentAsFlatRows(studentId, fold);
            var students = fold.students();
            return students.isEmpty() ? null : students.get(0);
        });
    }

    /** A page of students with their courses from flat rows folded by a {@code ResultHandler}: one statement. */
    public List<StudentWithCourses> flatRows(long afterId, int limit) {
        return transactions.read(session -> {
            var fold = new FlatRowFold();
            session.getMapper(LoadingShowcaseMapper.class).pageAsFlatRows(afterId, limit, fold);
            return fold.students();
        });
    }

    private List<StudentWithCourses> load(Function<LoadingShowcaseMapper, List<StudentRow>> query) {
        return transactions.read((SqlSession session) -> query
                .apply(session.getMapper(LoadingShowcaseMapper.class)).stream()
                .map(StudentRow::toStudentWithCourses)
                .toList());
    }
}
