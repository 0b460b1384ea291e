package dev.m2m.bench.workload;

import dev.m2m.core.Course;
import dev.m2m.core.Student;
import dev.m2m.core.StudentWithCourses;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The N+1 written by hand with Spring JDBC, as petclinic's JDBC vets do it: one query for the page of
 * students, then one query per student for their courses. Never do this; it is here to be measured.
 */
final class QueryPerRowPage {

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    QueryPerRowPage(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        this.transaction = new TransactionTemplate(new JdbcTransactionManager(dataSource));
        this.transaction.setReadOnly(true);
    }

    // tag::query-per-row[]
    List<StudentWithCourses> page(long afterId, int limit) {
        return transaction.execute(status -> jdbc.sql("""
                        SELECT id, name FROM student WHERE id > :afterId ORDER BY id FETCH FIRST :limit ROWS ONLY""")
                .param("afterId", afterId)
                .param("limit", limit)
                .query((rs, row) -> new Student(rs.getLong("id"), rs.getString("name")))
                .list().stream()
                .map(student -> new StudentWithCourses(student, coursesOf(student.id())))
                .toList());
    }

    private List<Course> coursesOf(long studentId) {
        return jdbc.sql("""
                        SELECT c.id, c.name, c.capacity
                        FROM enrollment e JOIN course c ON c.id = e.course_id
                        WHERE e.student_id = :studentId
                        ORDER BY c.name, c.id""")
                .param("studentId", studentId)
                .query((rs, row) -> new Course(rs.getLong("id"), rs.getString("name"), rs.getInt("capacity")))
                .list();
    }
    // end::query-per-row[]
}
