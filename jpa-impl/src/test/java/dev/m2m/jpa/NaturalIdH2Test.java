package dev.m2m.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.m2m.contract.StatementRecorder;
import dev.m2m.contract.TestDatabase;
import dev.m2m.jpa.mapping.CourseEntity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import org.hibernate.KeyType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What {@code @NaturalId} on {@link CourseEntity}'s name buys: a course found by its name with
 * {@code KeyType.NATURAL} is read once per persistence context, like a lookup by id; the same lookup as
 * a query goes to the database every time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NaturalIdH2Test {

    private final StatementRecorder statements = new StatementRecorder();
    private EntityManagerFactory hibernate;

    @BeforeAll
    void startHibernateOnTwoCourses() {
        var database = TestDatabase.H2;
        database.clean(database.dataSource());
        try (var registrar = JpaRegistrar.create(database.dataSource())) {
            registrar.addCourse("Art", 5);
            registrar.addCourse("Biology", 5);
        }
        hibernate = HibernateForTests.start(statements.wrap(database.dataSource()), Map.of(), List.of());
    }

    @AfterAll
    void stopHibernate() {
        hibernate.close();
    }

    @BeforeEach
    void resetCounts() {
        statements.reset();
    }

    // tag::natural-id[]
    @Test
    void shouldReadACourseByItsNaturalIdOncePerPersistenceContext() {
        try (var em = hibernate.createEntityManager()) {
            var art = em.find(CourseEntity.class, "Art", KeyType.NATURAL);
            var again = em.find(CourseEntity.class, "Art", KeyType.NATURAL);

            assertThat(again).isSameAs(art);
            assertThat(statements.count()).isEqualTo(1);
            assertThat(statements.statements().get(0).sql().get(0)).endsWith("where ce1_0.name=?");
        }
    }

    @Test
    void shouldQueryTheDatabaseEveryTimeAQueryAsksByName() {
        try (var em = hibernate.createEntityManager()) {
            var art = courseNamed(em, "Art");
            var again = courseNamed(em, "Art");

            assertThat(again).as("the same object: the persistence context still dedupes").isSameAs(art);
            assertThat(statements.count()).as("but each query is a statement").isEqualTo(2);
        }
    }
    // end::natural-id[]

    private static CourseEntity courseNamed(EntityManager em, String name) {
        return em.createQuery("select c from Course c where c.name = :name", CourseEntity.class)
                .setParameter("name", name)
                .getSingleResult();
    }
}
