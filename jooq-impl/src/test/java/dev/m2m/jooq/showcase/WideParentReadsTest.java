package dev.m2m.jooq.showcase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.m2m.contract.SampleSchool;
import dev.m2m.contract.StatementRecorder;
import dev.m2m.contract.TestDatabase;
import dev.m2m.core.Course;
import dev.m2m.core.Registrar;
import dev.m2m.jooq.JooqRegistrar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Both forms of the wide course give the registrar's course and students, with a description of exactly the
 * width asked for, in one statement each, on both databases; a course nobody takes and an unknown course too.
 */
class WideParentReadsTest {

    private final StatementRecorder statements = new StatementRecorder();
    private Registrar registrar;
    private WideParentReads wide;

    @AfterEach
    void close() {
        if (registrar != null) {
            registrar.close();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void shouldReadTheCourseAndItsStudentsWithTheDescriptionOnceBothWays(TestDatabase database) {
        database.clean(database.dataSource());
        var counted = statements.wrap(database.dataSource());
        registrar = JooqRegistrar.create(counted);
        wide = new WideParentReads(counted);
        // 12 students of 3 courses each among 5 courses, and 2 students of none
        var school = SampleSchool.create(registrar, 12, 5, 3);
        var empty = registrar.addCourse("Nobody's course", 3);

        for (Course course : school.courses()) {
            var expected = registrar.findCourse(course.id());
            for (int width : new int[] {100, 5_000}) {
                statements.reset();
                var nested = wide.findCourseNested(course.id(), width).orElseThrow();
                var flat = wide.findCourseFlat(course.id(), width).orElseThrow();

                assertThat(statements.statements()).hasSize(2);
                assertThat(nested).isEqualTo(flat);
                assertThat(nested.course()).isEqualTo(expected.course());
                assertThat(nested.students()).isNotEmpty().isEqualTo(expected.students());
                assertThat(nested.description()).hasSize(width).startsWith(course.name()).endsWith("...");
            }
        }
        assertThat(wide.findCourseNested(empty.id(), 100).orElseThrow().students()).isEmpty();
        assertThat(wide.findCourseFlat(empty.id(), 100).orElseThrow().students()).isEmpty();
        assertThat(wide.findCourseNested(-1, 100)).isEmpty();
        assertThat(wide.findCourseFlat(-1, 100)).isEmpty();
    }
}
