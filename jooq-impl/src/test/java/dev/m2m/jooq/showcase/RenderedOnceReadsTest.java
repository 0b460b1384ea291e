package dev.m2m.jooq.showcase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.m2m.contract.SampleSchool;
import dev.m2m.contract.StatementRecorder;
import dev.m2m.contract.TestDatabase;
import dev.m2m.core.Registrar;
import dev.m2m.core.Student;
import dev.m2m.jooq.JooqRegistrar;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The SQL rendered once is the registrar's SQL, sent as the registrar sends it, and gives the registrar's
 * answers on both databases: caching the string changes what the client does per call, nothing else.
 */
class RenderedOnceReadsTest {

    private final StatementRecorder statements = new StatementRecorder();
    private Registrar registrar;
    private RenderedOnceReads renderedOnce;
    private SampleSchool school;

    void open(TestDatabase database) {
        database.clean(database.dataSource());
        var counted = statements.wrap(database.dataSource());
        registrar = JooqRegistrar.create(counted);
        renderedOnce = new RenderedOnceReads(counted);
        // 12 students of 3 courses each among 5 courses, and 2 students of none
        school = SampleSchool.create(registrar, 12, 5, 3);
    }

    @AfterEach
    void close() {
        if (registrar != null) {
            registrar.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldFindEveryStudentWithTheRegistrarsStatement(TestDatabase database) {
        open(database);
        var everyone = new ArrayList<Student>(school.enrolled());
        everyone.addAll(school.withoutCourses());
        for (Student student : everyone) {
            assertThat(sent(() -> renderedOnce.findStudent(student.id())))
                    .isEqualTo(sent(() -> registrar.findStudent(student.id())));
            assertThat(renderedOnce.findStudent(student.id())).contains(registrar.findStudent(student.id()));
        }
        assertThat(renderedOnce.findStudent(school.withoutCourses().get(0).id()).orElseThrow().courses()).isEmpty();
        assertThat(renderedOnce.findStudent(-1)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldFindEveryCourseWithTheRegistrarsStatement(TestDatabase database) {
        open(database);
        var empty = registrar.addCourse("Nobody's course", 5);
        for (var course : school.courses()) {
            assertThat(sent(() -> renderedOnce.findCourse(course.id())))
                    .isEqualTo(sent(() -> registrar.findCourse(course.id())));
            assertThat(renderedOnce.findCourse(course.id())).contains(registrar.findCourse(course.id()));
        }
        assertThat(renderedOnce.findCourse(empty.id()).orElseThrow().students()).isEmpty();
        assertThat(renderedOnce.findCourse(-1)).isEmpty();
    }

    /** Pages of 5 and of 4: the limit is bound at each call, not rendered into the cached SQL. */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldPageLikeTheRegistrarWithEachCallsLimit(TestDatabase database) {
        open(database);
        for (int limit : new int[] {5, 4}) {
            long after = 0;
            int pages = 0;
            while (true) {
                long from = after;
                assertThat(sent(() -> renderedOnce.listStudents(from, limit)))
                        .isEqualTo(sent(() -> registrar.listStudents(from, limit)));
                var page = renderedOnce.listStudents(after, limit);
                assertThat(page).isEqualTo(registrar.listStudents(after, limit));
                if (page.isEmpty()) {
                    break;
                }
                assertThat(page).hasSizeLessThanOrEqualTo(limit);
                after = page.get(page.size() - 1).student().id();
                pages++;
            }
            // 14 students
            assertThat(pages).as("pages of %d", limit).isEqualTo(limit == 5 ? 3 : 4);
        }
    }

    /** The statements a read sends, as recorded. */
    private List<StatementRecorder.Recorded> sent(Supplier<?> read) {
        statements.reset();
        read.get();
        return statements.statements();
    }
}
