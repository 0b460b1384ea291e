package dev.m2m.mybatis;

import static org.assertj.core.api.Assertions.assertThat;

import dev.m2m.contract.StatementRecorder;
import dev.m2m.contract.StatementRecorder.Recorded;
import dev.m2m.contract.TestDatabase;
import dev.m2m.core.Course;
import java.util.ArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What MyBatis sends for enrollAll: three checks, then every link in one JDBC batch. */
class MyBatisWriteStatementsH2Test {

    private final StatementRecorder statements = new StatementRecorder();
    private MyBatisRegistrar registrar;

    @BeforeEach
    void startFromAnEmptySchema() {
        var database = TestDatabase.H2;
        database.clean(database.dataSource());
        registrar = new MyBatisRegistrar(statements.wrap(database.dataSource()));
    }

    @Test
    void shouldInsertTheLinksOfEnrollAllInOneBatch() {
        var student = registrar.addStudent("Kim");
        var courseIds = new ArrayList<Long>();
        for (int c = 0; c < 6; c++) {
            courseIds.add(registrar.addCourse("Course " + c, 10).id());
        }
        statements.reset();

        registrar.enrollAll(student.id(), courseIds);

        // student exists? lock the courses, count their seats, insert the links
        assertThat(statements.statements()).hasSize(4);
        assertThat(statements.statements().get(1).sql().get(0)).contains("FOR UPDATE");
        Recorded insert = statements.statements().get(3);
        assertThat(insert.batch()).isTrue();
        assertThat(insert.batchSize()).isEqualTo(6);
        assertThat(insert.sql()).singleElement().asString().contains("INSERT INTO enrollment");
        assertThat(registrar.coursesOf(student.id())).extracting(Course::id).containsExactlyElementsOf(courseIds);
    }
}
