package dev.m2m.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.m2m.contract.SampleSchool;
import dev.m2m.contract.StatementRecorder;
import dev.m2m.contract.TestDatabase;
import dev.m2m.jpa.mapping.StudentEntity;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Chapter 7's row limit over a collection fetch, on the Hibernate of this build (7.4), with the registrar's
 * settings ({@code fail_on_pagination_over_collection_fetch} on): 10 students of two courses each.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaginationOverFetchH2Test {

    private final StatementRecorder statements = new StatementRecorder();
    private EntityManagerFactory hibernate;

    @BeforeAll
    void startHibernateOnASchool() {
        var database = TestDatabase.H2;
        database.clean(database.dataSource());
        try (var registrar = JpaRegistrar.create(database.dataSource())) {
            SampleSchool.create(registrar, 10, 4, 2);
        }
        hibernate = HibernateSetup.entityManagerFactory(statements.wrap(database.dataSource()));
    }

    @AfterAll
    void stopHibernate() {
        hibernate.close();
    }

    @BeforeEach
    void resetCounts() {
        statements.reset();
    }

    // tag::limit-over-fetch[]
    @Test
    void shouldCutThePageOfStudentsInADerivedTableAndFetchTheirWholeCollections() {
        try (var em = hibernate.createEntityManager()) {
            var page = em.createQuery("select s from Student s join fetch s.courses order by s.id", StudentEntity.class)
                    .setMaxResults(3)
                    .getResultList();

            assertThat(page).hasSize(3).allSatisfy(student -> assertThat(student.getCourses()).hasSize(2));
        }
        // one statement: the limit applied to the students in a derived table (those with a course: the join
        // fetch is an inner join), their courses joined after it
        assertThat(statements.statements()).hasSize(1);
        assertThat(statements.statements().get(0).sql().get(0))
                .contains("from (select se1_0.id,se1_0.name from student se1_0 where exists(")
                .contains("order by se1_0.id offset ? rows fetch first ? rows only) se1_0(id,name) join enrollment");
    }

    @Test
    void shouldWriteInvalidSqlWhenTheLimitedFetchIsFilteredOnTheCollection() {
        try (var em = hibernate.createEntityManager()) {
            var failure = catchThrowable(() -> em.createQuery("""
                            select s from Student s join fetch s.courses c
                            where c.capacity > 0
                            order by s.id""", StudentEntity.class)
                    .setMaxResults(3)
                    .getResultList());

            // the filter is moved into the derived table of students, where the courses' alias does not exist
            assertThat(failure).isInstanceOf(PersistenceException.class)
                    .hasMessageContaining("Column \"C1_1.CAPACITY\" not found");
        }
    }
    // end::limit-over-fetch[]
}
