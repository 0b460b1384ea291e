package dev.m2m.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.m2m.contract.StatementRecorder;
import dev.m2m.contract.TestDatabase;
import dev.m2m.core.Enrollment;
import dev.m2m.core.Grade;
import dev.m2m.core.Registrar;
import dev.m2m.core.SchoolImport;
import dev.m2m.core.SchoolImport.Link;
import dev.m2m.core.SchoolImport.NewCourse;
import dev.m2m.jpa.mapping.CourseEntity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Chapter 2's "Set, not List", shown rather than asserted: a {@code List} without an index column is a
 * bag, and removing one course from it, or adding one, makes Hibernate 7.4 delete every link of the
 * student and insert the others again. With this schema that is data loss, not only statements: the
 * links inserted again get a new {@code enrolled_at} and no grade. And chapter 8's cascade that must not be,
 * {@code CascadeType.REMOVE} on a {@code @ManyToMany}, shown deleting other students' data.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MappingPitfallsH2Test {

    private final StatementRecorder statements = new StatementRecorder();
    private EntityManagerFactory bags;
    private Registrar registrar;

    @BeforeAll
    void startHibernate() {
        var counted = statements.wrap(TestDatabase.H2.dataSource());
        registrar = JpaRegistrar.create(counted);
        bags = HibernateForTests.start(counted, Map.of(),
                List.of(BagStudentEntity.class, CascadingStudentEntity.class));
    }

    @AfterAll
    void stopHibernate() {
        bags.close();
        registrar.close();
    }

    @BeforeEach
    void startFromAnEmptySchema() {
        TestDatabase.H2.clean(TestDatabase.H2.dataSource());
    }

    // tag::bag-rewrite[]
    @Test
    void shouldRewriteEveryLinkAndLoseTheirGradesWhenOneCourseLeavesABag() throws InterruptedException {
        // given a student in three courses, graded in two of them
        var school = registrar.importSchool(new SchoolImport(List.of("Kim"),
                List.of(new NewCourse("Art", 5), new NewCourse("Biology", 5), new NewCourse("Chemistry", 5)),
                List.of(new Link(0, 0), new Link(0, 1), new Link(0, 2))));
        long kim = school.studentIds().get(0);
        registrar.grade(kim, school.courseIds().get(0), Grade.of(91));
        registrar.grade(kim, school.courseIds().get(2), Grade.of(78));
        var before = byCourse(registrar.transcriptOf(kim));
        Thread.sleep(20); // so that a link inserted again shows a later enrolled_at
        statements.reset();

        // when Biology is removed from the student's bag of courses
        inTransaction(em -> {
            var student = em.find(BagStudentEntity.class, kim);
            student.courses().removeIf(course -> course.getName().equals("Biology"));
        });

        // then: every link deleted, the two others inserted again
        assertThat(writes()).containsExactly(
                "delete from enrollment where student_id=?",
                "insert into enrollment (student_id,course_id) values (?,?) x2");
        // and the two links kept lost what they carried: their grades, and when the student enrolled
        var after = byCourse(registrar.transcriptOf(kim));
        assertThat(after.keySet()).containsExactlyInAnyOrder("Art", "Chemistry");
        assertThat(before.get("Art").grade()).isEqualTo(Grade.of(91));
        assertThat(after.get("Art").grade()).as("Art's grade after the rewrite").isNull();
        assertThat(after.get("Chemistry").grade()).as("Chemistry's grade after the rewrite").isNull();
        assertThat(after.get("Art").enrolledAt()).isAfter(before.get("Art").enrolledAt());
    }
    // end::bag-rewrite[]

    @Test
    void shouldRewriteEveryLinkWhenACourseIsAddedToABagToo() {
        // given a student in two of three courses, graded in one
        var school = registrar.importSchool(new SchoolImport(List.of("Kim"),
                List.of(new NewCourse("Art", 5), new NewCourse("Biology", 5), new NewCourse("Chemistry", 5)),
                List.of(new Link(0, 0), new Link(0, 1))));
        long kim = school.studentIds().get(0);
        long chemistry = school.courseIds().get(2);
        registrar.grade(kim, school.courseIds().get(0), Grade.of(91));
        statements.reset();

        // when Chemistry is added to the bag
        inTransaction(em -> em.find(BagStudentEntity.class, kim).courses().add(em.find(CourseEntity.class, chemistry)));

        // then not one insert, but every link deleted and all three inserted: Art's grade is gone
        assertThat(writes()).containsExactly(
                "delete from enrollment where student_id=?",
                "insert into enrollment (student_id,course_id) values (?,?) x3");
        assertThat(registrar.transcriptOf(kim)).hasSize(3).allSatisfy(enrollment ->
                assertThat(enrollment.grade()).isNull());
    }

    // tag::cascade-remove[]
    @Test
    void shouldDeleteTheCoursesAndEveryOtherStudentsLinksWhenRemoveCascadesOverAManyToMany() {
        // given Kim takes Art and Biology, Lou takes Art and Chemistry
        var school = registrar.importSchool(new SchoolImport(List.of("Kim", "Lou"),
                List.of(new NewCourse("Art", 5), new NewCourse("Biology", 5), new NewCourse("Chemistry", 5)),
                List.of(new Link(0, 0), new Link(0, 1), new Link(1, 0), new Link(1, 2))));
        long kim = school.studentIds().get(0);
        long lou = school.studentIds().get(1);

        // when Kim is removed through a @ManyToMany mapped with cascade = REMOVE
        inTransaction(em -> em.remove(em.find(CascadingStudentEntity.class, kim)));

        // then Kim's courses are gone too, and with them Lou's link to Art
        assertThat(registrar.courseStats()).extracting(stats -> stats.course().name()).containsExactly("Chemistry");
        assertThat(registrar.coursesOf(lou)).extracting(course -> course.name()).containsExactly("Chemistry");
    }
    // end::cascade-remove[]

    private static Map<String, Enrollment> byCourse(List<Enrollment> enrollments) {
        return enrollments.stream().collect(Collectors.toMap(enrollment -> enrollment.course().name(), e -> e));
    }

    /** The inserts, updates and deletes sent since the last reset, a JDBC batch with its size. */
    private List<String> writes() {
        return statements.statements().stream()
                .filter(statement -> !statement.sql().get(0).startsWith("select"))
                .map(statement -> statement.sql().get(0) + (statement.batch() && statement.sql().get(0)
                        .startsWith("insert") ? " x" + statement.batchSize() : ""))
                .toList();
    }

    private void inTransaction(Consumer<EntityManager> work) {
        InTransaction.run(bags, work);
    }
}
