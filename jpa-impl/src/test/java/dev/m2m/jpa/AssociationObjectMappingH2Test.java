package dev.m2m.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.m2m.contract.StatementRecorder;
import dev.m2m.contract.StatementRecorder.Recorded;
import dev.m2m.contract.TestDatabase;
import dev.m2m.core.Grade;
import dev.m2m.core.Registrar;
import dev.m2m.jpa.mapping.CourseEntity;
import dev.m2m.jpa.mapping.EnrollmentEntity;
import dev.m2m.jpa.mapping.EnrollmentId;
import dev.m2m.jpa.mapping.StudentEntity;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two mappings of the {@code enrollment} table side by side: the {@code @ManyToMany} writes a link's
 * existence (its two ids), {@link EnrollmentEntity} writes only the grade. Neither writes what the
 * other owns, so they never send conflicting rows.
 */
class AssociationObjectMappingH2Test {

    private final StatementRecorder statements = new StatementRecorder();
    private Registrar registrar;

    @BeforeEach
    void startFromAnEmptySchema() {
        var database = TestDatabase.H2;
        database.clean(database.dataSource());
        registrar = JpaRegistrar.create(statements.wrap(database.dataSource()));
    }

    @AfterEach
    void stopHibernate() {
        registrar.close();
    }

    // tag::statements[]
    @Test
    void shouldInsertALinkWithItsTwoIdsOnlyLeavingTheTimeToTheDatabase() {
        var kim = registrar.addStudent("Kim");
        var history = registrar.addCourse("History", 5);
        statements.reset();

        registrar.enroll(kim.id(), history.id());

        assertThat(writes()).singleElement().asString()
                .isEqualTo("insert into enrollment (student_id,course_id) values (?,?)");
        assertThat(registrar.transcriptOf(kim.id()).get(0).enrolledAt()).isNotNull();
    }

    @Test
    void shouldUpdateTheGradeAloneThroughTheAssociationObject() {
        var kim = registrar.addStudent("Kim");
        var history = registrar.addCourse("History", 5);
        registrar.enroll(kim.id(), history.id());
        var enrolledAt = registrar.transcriptOf(kim.id()).get(0).enrolledAt();
        statements.reset();

        registrar.grade(kim.id(), history.id(), Grade.of(77));

        assertThat(writes()).singleElement().asString()
                .startsWith("update enrollment set grade=? where ");
        var graded = registrar.transcriptOf(kim.id()).get(0);
        assertThat(graded.grade()).isEqualTo(Grade.of(77));
        assertThat(graded.enrolledAt()).as("untouched by the update").isEqualTo(enrolledAt);
    }

    @Test
    void shouldDropAGradedLinkWithOneDelete() {
        var kim = registrar.addStudent("Kim");
        var history = registrar.addCourse("History", 5);
        registrar.enroll(kim.id(), history.id());
        registrar.grade(kim.id(), history.id(), Grade.of(77));
        statements.reset();

        registrar.drop(kim.id(), history.id());

        // a bulk delete of the association object, whose row count tells whether the link was there
        assertThat(writes()).singleElement().asString()
                .matches("delete from enrollment \\w+ where \\w+\\.student_id=\\? and \\w+\\.course_id=\\?");
        assertThat(registrar.rosterOf(history.id())).isEmpty();
    }
    // end::statements[]

    @Test
    void shouldLetBothMappingsWorkOnOneRowInOnePersistenceContext() {
        var factory = HibernateSetup.entityManagerFactory(TestDatabase.H2.dataSource());
        try (var em = factory.createEntityManager()) {
            em.getTransaction().begin();
            var kim = new StudentEntity("Kim");
            var history = new CourseEntity("History", 5);
            em.persist(kim);
            em.persist(history);

            // the @ManyToMany creates the row ...
            kim.enroll(history);
            em.flush();
            // ... the association object, loaded after the flush, sees it with the time the database set
            var enrollment = em.find(EnrollmentEntity.class, new EnrollmentId(kim.getId(), history.getId()));
            enrollment.setGrade(Grade.of(64));
            em.flush();
            assertThat(enrollment.toEnrollment().enrolledAt()).isNotNull();
            assertThat(enrollment.toEnrollment().grade()).isEqualTo(Grade.of(64));

            // ... and the @ManyToMany deletes it again, graded or not
            kim.drop(history);
            em.flush();
            em.getTransaction().commit();
            assertThat(registrar.transcriptOf(kim.getId())).isEmpty();
        } finally {
            factory.close();
        }
    }

    /** The inserts, updates and deletes sent since the last reset. */
    private List<String> writes() {
        return statements.statements().stream()
                .map(Recorded::sql)
                .map(sql -> sql.get(0))
                .filter(sql -> !sql.startsWith("select"))
                .toList();
    }
}
