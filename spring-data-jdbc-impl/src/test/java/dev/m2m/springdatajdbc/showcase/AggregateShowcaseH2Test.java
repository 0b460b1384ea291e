package dev.m2m.springdatajdbc.showcase;

import static org.assertj.core.api.Assertions.assertThat;

import dev.m2m.contract.StatementRecorder;
import dev.m2m.contract.StatementRecorder.Recorded;
import dev.m2m.contract.TestDatabase;
import dev.m2m.core.Enrollment;
import dev.m2m.core.Grade;
import dev.m2m.core.Registrar;
import dev.m2m.core.SchoolImport;
import dev.m2m.core.SchoolImport.Link;
import dev.m2m.core.SchoolImport.NewCourse;
import dev.m2m.springdatajdbc.SpringDataJdbcRegistrar;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What saving an aggregate does to the rows of its collection: Spring Data JDBC deletes them all and inserts
 * them again. With links that hold only their course, the link's own columns are lost at every save; the
 * registrar's links carry them, and keep them.
 */
class AggregateShowcaseH2Test {

    private final StatementRecorder statements = new StatementRecorder();
    private Registrar registrar;
    private AggregateShowcase showcase;
    private long kim;
    private List<Long> courses;
    private List<Enrollment> before;

    @BeforeEach
    void kimGradedInArtAndInBiology() throws InterruptedException {
        TestDatabase.H2.clean(TestDatabase.H2.dataSource());
        registrar = SpringDataJdbcRegistrar.create(statements.wrap(TestDatabase.H2.dataSource()));
        showcase = new AggregateShowcase(statements.wrap(TestDatabase.H2.dataSource()));
        var school = registrar.importSchool(new SchoolImport(List.of("Kim"),
                List.of(new NewCourse("Art", 5), new NewCourse("Biology", 5), new NewCourse("Chemistry", 5)),
                List.of(new Link(0, 0), new Link(0, 1))));
        kim = school.studentIds().get(0);
        courses = school.courseIds();
        registrar.grade(kim, courses.get(0), Grade.of(90));
        registrar.grade(kim, courses.get(1), Grade.of(75));
        before = registrar.transcriptOf(kim);
        Thread.sleep(10); // so that a link inserted again now gets a different enrolment time
        statements.reset();
    }

    @AfterEach
    void close() {
        registrar.close();
        showcase.close();
    }

    // tag::naive-loses[]
    @Test
    void shouldLoseTheGradesAndResetTheEnrolmentTimesWhenTheLinksHoldOnlyTheirCourse() {
        showcase.enrollNaively(kim, courses.get(2));

        // the student and its two links read, the student updated, its links deleted, all three inserted again
        assertThat(statements.statements()).extracting(Recorded::shape).containsExactly(
                "select student", "select enrollment", "update student set", "delete from enrollment",
                "insert into enrollment x3");
        var after = registrar.transcriptOf(kim);
        assertThat(after).extracting(Enrollment::grade).containsOnlyNulls();
        assertThat(after.subList(0, 2)).extracting(Enrollment::enrolledAt)
                .allSatisfy(time -> assertThat(before).extracting(Enrollment::enrolledAt).doesNotContain(time));
    }
    // end::naive-loses[]

    // tag::registrar-keeps[]
    @Test
    void shouldKeepTheGradesAndEnrolmentTimesWhenTheLinksCarryThem() {
        registrar.enroll(kim, courses.get(2));

        var after = registrar.transcriptOf(kim);
        assertThat(after.subList(0, 2)).containsExactlyElementsOf(before);
        assertThat(after.get(2).course().name()).isEqualTo("Chemistry");
    }
    // end::registrar-keeps[]
}
