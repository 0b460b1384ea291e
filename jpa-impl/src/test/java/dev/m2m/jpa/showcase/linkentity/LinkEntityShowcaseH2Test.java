package dev.m2m.jpa.showcase.linkentity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.m2m.contract.StatementRecorder;
import dev.m2m.contract.TestDatabase;
import dev.m2m.core.Enrollment;
import dev.m2m.core.Grade;
import dev.m2m.core.SchoolImport;
import dev.m2m.core.SchoolImport.Link;
import dev.m2m.core.SchoolImport.NewCourse;
import dev.m2m.jpa.JpaRegistrar;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Chapter 9's link entity, counted: each write sends the statements it needs and touches only its own row,
 * so links kept keep their grades and times (the bag of chapter 2 rewrites them all).
 */
class LinkEntityShowcaseH2Test {

    private final StatementRecorder statements = new StatementRecorder();
    private LinkEntityShowcase showcase;
    private long kim;
    private List<Long> courses;

    @BeforeEach
    void kimInArtAndBiologyGradedInArt() {
        var database = TestDatabase.H2;
        database.clean(database.dataSource());
        try (var registrar = JpaRegistrar.create(database.dataSource())) {
            var school = registrar.importSchool(new SchoolImport(List.of("Kim"),
                    List.of(new NewCourse("Art", 5), new NewCourse("Biology", 5), new NewCourse("Chemistry", 5)),
                    List.of(new Link(0, 0), new Link(0, 1))));
            kim = school.studentIds().get(0);
            courses = school.courseIds();
            registrar.grade(kim, courses.get(0), Grade.of(91));
        }
        showcase = new LinkEntityShowcase(statements.wrap(database.dataSource()));
        statements.reset();
    }

    @AfterEach
    void stopHibernate() {
        showcase.close();
    }

    // tag::counts[]
    @Test
    void shouldInsertANewLinkWithOneStatementLoadingNeitherEnd() {
        showcase.enroll(kim, courses.get(2));

        assertThat(sql()).containsExactly("insert into enrollment (grade,student_id,course_id) values (?,?,?)");
        assertThat(showcase.transcriptOf(kim)).extracting(enrollment -> enrollment.course().name())
                .containsExactly("Art", "Biology", "Chemistry");
    }

    @Test
    void shouldLoadTheStudentsLinksFirstWhenTheLinkIsAddedThroughTheStudent() {
        showcase.enrollThroughTheStudent(kim, courses.get(2));

        assertThat(sql()).hasSize(2).last().asString()
                .isEqualTo("insert into enrollment (grade,student_id,course_id) values (?,?,?)");
        assertThat(showcase.transcriptOf(kim)).extracting(Enrollment::grade).containsExactly(Grade.of(91), null, null);
    }

    @Test
    void shouldFindTheLinkByItsKeyAndUpdateItsGradeAlone() {
        showcase.grade(kim, courses.get(1), Grade.of(64));

        assertThat(sql()).hasSize(2).last().asString().startsWith("update enrollment set grade=? where ");
        assertThat(showcase.transcriptOf(kim)).extracting(Enrollment::grade)
                .containsExactly(Grade.of(91), Grade.of(64));
    }

    @Test
    void shouldDeleteOneRowWhenALinkLeavesTheStudentsSetKeepingTheOthersIntact() {
        var before = showcase.transcriptOf(kim).get(0);
        statements.reset();

        assertThat(showcase.drop(kim, courses.get(1))).isTrue();

        assertThat(sql()).hasSize(2).last().asString().startsWith("delete from enrollment where ");
        assertThat(showcase.transcriptOf(kim)).singleElement().isEqualTo(before);
    }

    @Test
    void shouldReadATranscriptInOneStatement() {
        var transcript = showcase.transcriptOf(kim);

        assertThat(statements.count()).isEqualTo(1);
        assertThat(transcript).extracting(enrollment -> enrollment.course().name()).containsExactly("Art", "Biology");
        assertThat(transcript).allSatisfy(enrollment -> assertThat(enrollment.enrolledAt()).isNotNull());
    }
    // end::counts[]

    private List<String> sql() {
        return statements.statements().stream().map(statement -> statement.sql().get(0)).toList();
    }
}
