package dev.m2m.mybatis.showcase;

import dev.m2m.core.StudentWithCourses;
import dev.m2m.mybatis.MyBatisSetup;
import dev.m2m.mybatis.StudentRow;
import java.util.List;
import java.util.function.Function;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;

/**
 * One read, "every student with their courses", loaded the two ways MyBatis's result maps offer and a
 * third by hand, to show what each costs. All return the same list; for N students a nested select
 * sends 1 + N statements, nested results send 1, and flat rows folded by a {@code ResultHandler} send 1
 * and build fewer objects per row. The tests assert these counts; the benchmarks measure their time.
 */
public final class LoadingShowcase {

    private final SqlSessionFactory factory;

    /** A configuration of its own, built as the registrar's, with this showcase's row type and mapper added. */
    public LoadingShowcase(DataSource dataSource) {
        this.factory = MyBatisSetup.sqlSessionFactory(dataSource);
        factory.getConfiguration().getTypeAliasRegistry().registerAlias("FlatRow", FlatRow.class);
        factory.getConfiguration().addMapper(LoadingShowcaseMapper.class);
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
        return read(session -> {
            var fold = new FlatRowFold();
            session.getMapper(LoadingShowcaseMapper.class).studentAsFlatRows(studentId, fold);
            var students = fold.students();
            return students.isEmpty() ? null : students.get(0);
        });
    }

    /** A page of students with their courses from flat rows folded by a {@code ResultHandler}: one statement. */
    public List<StudentWithCourses> flatRows(long afterId, int limit) {
        return read(session -> {
            var fold = new FlatRowFold();
            session.getMapper(LoadingShowcaseMapper.class).pageAsFlatRows(afterId, limit, fold);
            return fold.students();
        });
    }

    /** One session, one read-only transaction, committed: as the registrar's reads run. */
    private <T> T read(Function<SqlSession, T> work) {
        try (var session = factory.openSession()) {
            session.getConnection().setReadOnly(true);
            T result = work.apply(session);
            session.commit(true);
            session.getConnection().setReadOnly(false);
            return result;
        } catch (SQLException e) {
            throw new PersistenceException("could not set the connection's read-only flag", e);
        }
    }

    private List<StudentWithCourses> load(Function<LoadingShowcaseMapper, List<StudentRow>> query) {
        return read((SqlSession session) -> query
                .apply(session.getMapper(LoadingShowcaseMapper.class)).stream()
                .map(StudentRow::toStudentWithCourses)
                .toList());
    }
}
