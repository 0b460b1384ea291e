package dev.m2m.jdbc;

import dev.m2m.core.Approach;
import dev.m2m.core.DuplicateCourseNameException;
import dev.m2m.core.ImportedSchool;
import dev.m2m.core.SchoolImport;
import dev.m2m.core.SchoolImport.NewCourse;
import java.sql.Connection;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * The bulk load on Spring JDBC: {@code batchUpdate}, {@link SchoolImport#BATCH_SIZE} rows a round
 * trip. Students and courses go with a {@link GeneratedKeyHolder}, which collects the id of every row
 * of a batch (JDBC returns generated keys for batches), so the links can name them. Runs inside the
 * caller's transaction.
 */
final class SchoolImporter implements Approach.SchoolImporter {

    private final NamedParameterJdbcTemplate batch;

    SchoolImporter(NamedParameterJdbcTemplate batch) {
        this.batch = batch;
    }

    // tag::import[]
    @Override
    public ImportedSchool importSchool(SchoolImport school) {
        List<Long> studentIds = insertReturningIds("INSERT INTO student (name) VALUES (:name)", school.studentNames(),
                name -> new MapSqlParameterSource("name", name));
        List<Long> courseIds = insertCourses(school.courses());
        batch.getJdbcTemplate().batchUpdate("INSERT INTO enrollment (student_id, course_id) VALUES (?, ?)",
                school.links(), SchoolImport.BATCH_SIZE, (statement, link) -> {
                    statement.setLong(1, studentIds.get(link.student()));
                    statement.setLong(2, courseIds.get(link.course()));
                });
        return new ImportedSchool(studentIds, courseIds);
    }
    // end::import[]

    private <T> List<Long> insertReturningIds(String sql, List<T> rows, Function<T, SqlParameterSource> parameters) {
        var ids = new ArrayList<Long>(rows.size());
        for (List<T> chunk : SchoolImport.inBatches(rows)) {
            var keys = new GeneratedKeyHolder();
            batch.batchUpdate(sql, chunk.stream().map(parameters).toArray(SqlParameterSource[]::new), keys,
                    new String[] {"id"});
            for (Map<String, Object> key : keys.getKeyList()) {
                ids.add(((Number) key.values().iterator().next()).longValue());
            }
        }
        return ids;
    }

    /**
     * The names are checked first, and the unique constraint has the last word: a name that a concurrent
     * call takes between the check and the insert fails the batch, which does not say which row failed.
     * So the batch runs after a savepoint; when it fails on a key, the transaction goes back to the
     * savepoint (PostgreSQL accepts no statement in a failed transaction otherwise) and looks again.
     */
    private List<Long> insertCourses(List<NewCourse> courses) {
        requireFreeNames(courses);
        return batch.getJdbcTemplate().execute((Connection connection) -> {
            Savepoint beforeCourses = connection.setSavepoint();
            try {
                List<Long> ids = insertReturningIds("INSERT INTO course (name, capacity) VALUES (:name, :capacity)",
                        courses, (NewCourse course) -> new MapSqlParameterSource()
                                .addValue("name", course.name())
                                .addValue("capacity", course.capacity()));
                connection.releaseSavepoint(beforeCourses);
                return ids;
            } catch (DuplicateKeyException e) {
                connection.rollback(beforeCourses);
                requireFreeNames(courses); // names the course taken meanwhile
                throw e;
            }
        });
    }

    /**
     * A failed batch does not say which row failed, so the names are looked up first, a batch of them
     * per query, and the first taken one in the import's order is reported (the query's rows come in no
     * promised order). The unique constraint still has the last word: a name a concurrent transaction
     * takes between this check and the insert fails the batch, and the import with it.
     */
    private void requireFreeNames(List<NewCourse> courses) {
        for (List<NewCourse> someCourses : SchoolImport.inBatches(courses)) {
            var names = someCourses.stream().map(NewCourse::name).toList();
            var taken = Set.copyOf(batch.queryForList("SELECT name FROM course WHERE name IN (:names)",
                    Map.of("names", names), String.class));
            names.stream().filter(taken::contains).findFirst().ifPresent(name -> {
                throw new DuplicateCourseNameException(name);
            });
        }
    }
}
