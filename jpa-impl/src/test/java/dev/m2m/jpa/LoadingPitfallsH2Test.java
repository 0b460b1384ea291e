package dev.m2m.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.m2m.contract.SampleSchool;
import dev.m2m.contract.StatementRecorder;
import dev.m2m.contract.TestDatabase;
import dev.m2m.jpa.mapping.StudentEntity;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import org.hibernate.LazyInitializationException;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.loader.MultipleBagFetchException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Chapter 6's pitfalls of loading a collection, each with the statements it sends, on one school of 12
 * students (10 with two courses each, 2 with none): a lazy collection touched after its EntityManager
 * closed, and touched in a view while it is still open; the three ways Hibernate batches lazy loads; two
 * bags fetched at once; and a join fetch that needs no {@code distinct}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoadingPitfallsH2Test {

    private static final int STUDENTS = 12;

    private final StatementRecorder statements = new StatementRecorder();
    private EntityManagerFactory hibernate;
    private EntityManagerFactory batchedByDefault;
    private long firstStudent;

    @BeforeAll
    void startHibernateOnASchool() {
        var database = TestDatabase.H2;
        database.clean(database.dataSource());
        try (var registrar = JpaRegistrar.create(database.dataSource())) {
            firstStudent = SampleSchool.create(registrar, STUDENTS - 2, 4, 2).firstStudent().id();
        }
        var counted = statements.wrap(database.dataSource());
        var testEntities = List.<Class<?>>of(BatchSizeStudentEntity.class, SubselectStudentEntity.class,
                TwoBagsStudentEntity.class);
        hibernate = HibernateForTests.start(counted, Map.of(), testEntities);
        // tag::default-batch-fetch-size[]
        batchedByDefault = HibernateForTests.start(counted,
                Map.of(AvailableSettings.DEFAULT_BATCH_FETCH_SIZE, 5), List.of());
        // end::default-batch-fetch-size[]
    }

    @AfterAll
    void stopHibernate() {
        hibernate.close();
        batchedByDefault.close();
    }

    @BeforeEach
    void resetCounts() {
        statements.reset();
    }

    // tag::lazy-initialization[]
    @Test
    void shouldThrowLazyInitializationExceptionWhenCoursesAreFirstTouchedAfterTheEntityManagerClosed() {
        StudentEntity student;
        try (var em = hibernate.createEntityManager()) {
            student = em.find(StudentEntity.class, firstStudent);
        }

        assertThat(catchThrowable(() -> student.getCourses().size()))
                .isInstanceOf(LazyInitializationException.class)
                .hasMessageContaining("StudentEntity.courses")
                .hasMessageContaining("no session");
    }
    // end::lazy-initialization[]

    // tag::open-session-in-view[]
    @Test
    void shouldLoadEachStudentsCoursesAfterTheCommitWhenTheEntityManagerStaysOpenForTheView() {
        // open-session-in-view: the EntityManager opens with the request and closes after the page is rendered
        try (var em = hibernate.createEntityManager()) {
            // the service: one transaction, one query, a page of 5 students
            em.getTransaction().begin();
            var page = em.createQuery("select s from Student s order by s.id", StudentEntity.class)
                    .setMaxResults(5)
                    .getResultList();
            em.getTransaction().commit();
            assertThat(statements.count()).isEqualTo(1);

            // the view, after the commit: no exception, and one statement per student, outside any transaction
            var rendered = page.stream()
                    .map(student -> student.getName() + ": " + student.getCourses().size())
                    .toList();

            assertThat(rendered).hasSize(5).allSatisfy(line -> assertThat(line).endsWith(": 2"));
            assertThat(statements.count()).isEqualTo(1 + 5);
        }
    }
    // end::open-session-in-view[]

    // tag::batch-fetching[]
    @Test
    void shouldLoadTheCoursesOfFiveStudentsPerStatementWithBatchSizeOnTheCollection() {
        var sizes = courseCounts(hibernate, "select s from BatchSizeStudent s order by s.id",
                BatchSizeStudentEntity.class, student -> student.courses().size());

        assertThat(sizes).hasSize(STUDENTS).containsOnly(2, 0);
        assertThat(statements.count()).as("the students, then courses for 5 + 5 + 2 of them").isEqualTo(1 + 3);
        assertThat(List.of(sql(1), sql(2), sql(3))).as("the last batch padded: one statement text for all three")
                .containsOnly(sql(1))
                .allSatisfy(text -> assertThat(text).endsWith("where c1_0.student_id in (?,?,?,?,?)"));
    }

    @Test
    void shouldDoTheSameForEveryCollectionWithDefaultBatchFetchSize() {
        var sizes = courseCounts(batchedByDefault, "select s from Student s order by s.id",
                StudentEntity.class, student -> student.getCourses().size());

        assertThat(sizes).hasSize(STUDENTS).containsOnly(2, 0);
        assertThat(statements.count()).isEqualTo(1 + 3);
        assertThat(sql(1)).contains("where c1_0.student_id in (?,?,?,?,?) order by");
    }

    @Test
    void shouldLoadEveryStudentsCoursesInOneStatementWithASubselect() {
        var sizes = courseCounts(hibernate, "select s from SubselectStudent s order by s.id",
                SubselectStudentEntity.class, student -> student.courses().size());

        assertThat(sizes).hasSize(STUDENTS).containsOnly(2, 0);
        assertThat(statements.count()).isEqualTo(1 + 1);
        assertThat(sql(1)).as("the first query again, as a subquery")
                .endsWith("where c1_0.student_id in (select sse1_0.id from student sse1_0)");
    }
    // end::batch-fetching[]

    // tag::multiple-bags[]
    @Test
    void shouldRefuseToJoinFetchTwoBagsInOneQuery() {
        try (var em = hibernate.createEntityManager()) {
            var failure = catchThrowable(() -> em.createQuery("""
                            select s from TwoBagsStudent s
                            left join fetch s.courses
                            left join fetch s.enrollments""", TwoBagsStudentEntity.class)
                    .getResultList());

            assertThat(failure).isInstanceOf(IllegalArgumentException.class)
                    .hasCauseInstanceOf(MultipleBagFetchException.class)
                    .hasMessageContaining("cannot simultaneously fetch multiple bags");
            assertThat(statements.count()).as("refused before any SQL").isZero();
        }
    }

    @Test
    void shouldFetchTwoCollectionsWithOneQueryEachIntoTheSamePersistenceContext() {
        try (var em = hibernate.createEntityManager()) {
            var students = em.createQuery("select s from TwoBagsStudent s left join fetch s.courses order by s.id",
                    TwoBagsStudentEntity.class).getResultList();
            // the same students again: the persistence context hands back the same objects, now with enrollments
            em.createQuery("select s from TwoBagsStudent s left join fetch s.enrollments where s in :students",
                            TwoBagsStudentEntity.class)
                    .setParameter("students", students)
                    .getResultList();

            assertThat(students).hasSize(STUDENTS).allSatisfy(student ->
                    assertThat(student.enrollments()).hasSameSizeAs(student.courses()));
            assertThat(statements.count()).isEqualTo(2);
        }
    }
    // end::multiple-bags[]

    // tag::no-distinct[]
    @Test
    void shouldReturnEachStudentOnceFromAJoinFetchWithoutDistinct() {
        try (var em = hibernate.createEntityManager()) {
            var students = em.createQuery("select s from Student s left join fetch s.courses order by s.id",
                    StudentEntity.class).getResultList();

            // 10 x 2 + 2 = 22 rows from the database, one entity per student in the list
            assertThat(students).hasSize(STUDENTS).doesNotHaveDuplicates();
            assertThat(sql(0)).startsWith("select ").doesNotContain("distinct");
        }
    }

    @Test
    void shouldSendDistinctToTheDatabaseWhenTheQueryAsksForIt() {
        try (var em = hibernate.createEntityManager()) {
            var students = em.createQuery("select distinct s from Student s left join fetch s.courses order by s.id",
                    StudentEntity.class).getResultList();

            assertThat(students).hasSize(STUDENTS);
            assertThat(sql(0)).as("work for the database, and nothing gained").startsWith("select distinct ");
        }
    }
    // end::no-distinct[]

    /** Runs the query in one EntityManager, then touches each student's courses as a view would. */
    private <T> List<Integer> courseCounts(EntityManagerFactory factory, String query, Class<T> type,
                                           java.util.function.ToIntFunction<T> courses) {
        try (var em = factory.createEntityManager()) {
            return em.createQuery(query, type).getResultList().stream().map(courses::applyAsInt).toList();
        }
    }

    private String sql(int index) {
        return statements.statements().get(index).sql().get(0);
    }
}
