package dev.m2m.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.m2m.contract.TestDatabase;
import dev.m2m.jpa.mapping.CourseEntity;
import dev.m2m.jpa.mapping.StudentEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToMany;
import java.util.HashSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The entities on their own: equality in sets, the helpers, and the mapping's promises. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EntityMappingH2Test {

    private EntityManagerFactory factory;

    @BeforeAll
    void startHibernate() {
        factory = HibernateSetup.entityManagerFactory(TestDatabase.H2.dataSource());
    }

    @AfterAll
    void stopHibernate() {
        factory.close();
    }

    @BeforeEach
    void startFromAnEmptySchema() {
        TestDatabase.H2.clean(TestDatabase.H2.dataSource());
    }

    @Test
    void shouldFindAStudentInAHashSetAfterPersistHasGivenItAnId() {
        var student = new StudentEntity("Alice");
        var set = new HashSet<StudentEntity>();
        set.add(student);

        inTransaction(em -> em.persist(student));

        assertThat(student.getId()).isNotNull();
        assertThat(set).contains(student);
    }

    @Test
    void shouldTellTwoNewStudentsWithTheSameNameApart() {
        var first = new StudentEntity("Sam");
        var second = new StudentEntity("Sam");

        assertThat(first).isNotEqualTo(second);
        assertThat(new HashSet<>(java.util.List.of(first, second))).hasSize(2);
    }

    @Test
    void shouldEqualTheSameRowLoadedInAnotherPersistenceContext() {
        var alice = new StudentEntity("Alice");
        var physics = new CourseEntity("Physics", 10);
        inTransaction(em -> {
            em.persist(alice);
            em.persist(physics);
        });

        inTransaction(em -> {
            var loadedAlice = em.find(StudentEntity.class, alice.getId());
            var loadedPhysics = em.find(CourseEntity.class, physics.getId());

            assertThat(loadedAlice).isNotSameAs(alice).isEqualTo(alice).hasSameHashCodeAs(alice);
            assertThat(loadedPhysics).isNotSameAs(physics).isEqualTo(physics).hasSameHashCodeAs(physics);
        });
    }

    @Test
    void shouldIdentifyCoursesByTheirNaturalKeyBeforeAndAfterPersist() {
        var physics = new CourseEntity("Physics", 10);
        var set = new HashSet<CourseEntity>();
        set.add(physics);

        inTransaction(em -> em.persist(physics));

        assertThat(set).contains(physics);
        assertThat(new CourseEntity("Physics", 10)).isEqualTo(physics);
        assertThat(new CourseEntity("Chemistry", 10)).isNotEqualTo(physics);
    }

    @Test
    void shouldKeepBothSidesInStepAndWriteTheLinkFromTheOwningSide() {
        var alice = new StudentEntity("Alice");
        var physics = new CourseEntity("Physics", 10);

        inTransaction(em -> {
            em.persist(alice);
            em.persist(physics);
            alice.enroll(physics);
            assertThat(physics.getStudents()).containsExactly(alice);
        });

        inTransaction(em -> {
            var loaded = em.find(CourseEntity.class, physics.getId());
            assertThat(loaded.getStudents()).containsExactly(alice);
            var student = em.find(StudentEntity.class, alice.getId());
            student.drop(loaded);
            assertThat(loaded.getStudents()).isEmpty();
            assertThat(student.getCourses()).isEmpty();
        });
        inTransaction(em -> assertThat(em.find(StudentEntity.class, alice.getId()).getCourses()).isEmpty());
    }

    @Test
    void shouldRefuseChangesThroughTheGetters() {
        var alice = new StudentEntity("Alice");
        var physics = new CourseEntity("Physics", 10);

        assertThatThrownBy(() -> alice.getCourses().add(physics)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> physics.getStudents().add(alice)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void shouldMapTheRelationshipLazyAndWithoutCascade() throws NoSuchFieldException {
        for (var field : java.util.List.of(
                StudentEntity.class.getDeclaredField("courses"), CourseEntity.class.getDeclaredField("students"))) {
            ManyToMany mapping = field.getAnnotation(ManyToMany.class);

            assertThat(mapping.fetch()).as(field.toString()).isEqualTo(FetchType.LAZY);
            assertThat(mapping.cascade()).as(field.toString()).doesNotContain(CascadeType.REMOVE, CascadeType.ALL);
            assertThat(field.getType()).as(field.toString()).isEqualTo(java.util.Set.class);
        }
    }

    private void inTransaction(Consumer<EntityManager> work) {
        InTransaction.run(factory, work);
    }
}
