package dev.m2m.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import dev.m2m.contract.StatementRecorder;
import dev.m2m.contract.TestDatabase;
import dev.m2m.core.CourseStats;
import dev.m2m.core.ImportedSchool;
import dev.m2m.core.Registrar;
import dev.m2m.core.SchoolImport;
import dev.m2m.core.SchoolImport.Link;
import dev.m2m.core.SchoolImport.NewCourse;
import dev.m2m.jpa.mapping.CourseEntity;
import dev.m2m.jpa.mapping.EnrollmentEntity;
import dev.m2m.jpa.mapping.EnrollmentId;
import dev.m2m.jpa.mapping.StudentEntity;
import dev.m2m.jpa.showcase.DeleteThroughEachStudent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Deleting either side of the {@code @ManyToMany}: what the pitfall of going through each student costs,
 * and that the registrar's bulk delete leaves no entity of the same persistence context showing a link
 * that is gone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JpaDeletesH2Test {

    private final StatementRecorder statements = new StatementRecorder();
    private EntityManagerFactory factory;
    private Registrar registrar;

    @BeforeAll
    void startHibernate() {
        var counted = statements.wrap(TestDatabase.H2.dataSource());
        factory = HibernateSetup.entityManagerFactory(counted);
        registrar = JpaRegistrar.create(counted);
    }

    @AfterAll
    void stopHibernate() {
        registrar.close();
        factory.close();
    }

    @BeforeEach
    void startFromAnEmptySchema() {
        TestDatabase.H2.clean(TestDatabase.H2.dataSource());
    }

    // tag::pitfall-count[]
    @Test
    void shouldShowThatDeletingThroughEachStudentGrowsWithTheCourse() {
        // given a course of 2,000 students
        int students = 2_000;
        long course = courseOf(students).courseIds().get(0);
        statements.reset();

        // when it is deleted the way the advice for the inverse side reads
        inTransaction(em -> DeleteThroughEachStudent.deleteCourse(em, course));

        // then: the course, its students, their courses 100 students a statement, their links 50 a batch,
        // the course: 63 statements (903 for 30,000), where the registrar sends 3 whatever the size
        assertThat(statements.count()).isEqualTo(1 + 1 + students / DeleteThroughEachStudent.FETCH_BATCH_SIZE
                + students / DeleteThroughEachStudent.JDBC_BATCH_SIZE + 1).isEqualTo(63);
        assertThat(registrar.courseStats()).isEmpty();
        assertThat(registrar.studentsWithoutCourses()).hasSize(students);
    }
    // end::pitfall-count[]

    @Test
    void shouldDeleteTheSameCourseInThreeStatements() {
        long course = courseOf(2_000).courseIds().get(0);
        statements.reset();

        registrar.deleteCourse(course);

        assertThat(statements.count()).isEqualTo(3);
        assertThat(registrar.studentsWithoutCourses()).hasSize(2_000);
    }

    // tag::loaded-student[]
    @Test
    void shouldLeaveNoLoadedStudentShowingADeletedCourse() {
        // given two courses, and a student who takes both
        var school = registrar.importSchool(new SchoolImport(List.of("Kim"),
                List.of(new NewCourse("History", 5), new NewCourse("Latin", 5)),
                List.of(new Link(0, 0), new Link(0, 1))));
        long kim = school.studentIds().get(0);
        long history = school.courseIds().get(0);

        inTransaction(em -> {
            // and the student loaded, with their courses and the link's association object, in the persistence
            // context of the delete
            var student = em.find(StudentEntity.class, kim);
            assertThat(student.getCourses()).extracting(CourseEntity::getName).containsExactly("History", "Latin");
            var link = em.find(EnrollmentEntity.class, new EnrollmentId(kim, history));

            // when
            new RegistrarWrites(em).deleteCourse(history);

            // then the loaded student no longer shows it, before and after the flush, and the link is not managed
            assertThat(student.getCourses()).extracting(CourseEntity::getName).containsExactly("Latin");
            assertThat(em.contains(link)).as("the deleted link's association object, still managed").isFalse();
            em.flush();
            assertThat(student.getCourses()).extracting(CourseEntity::getName).containsExactly("Latin");
        });
        assertThat(registrar.coursesOf(kim)).extracting(course -> course.name()).containsExactly("Latin");
    }
    // end::loaded-student[]

    @Test
    void shouldLeaveNoLoadedCourseShowingADeletedStudent() {
        var school = registrar.importSchool(new SchoolImport(List.of("Kim", "Lou"),
                List.of(new NewCourse("History", 5)), List.of(new Link(0, 0), new Link(1, 0))));
        long kim = school.studentIds().get(0);
        long history = school.courseIds().get(0);

        inTransaction(em -> {
            var course = em.find(CourseEntity.class, history);
            assertThat(course.getStudents()).extracting(StudentEntity::getName).containsExactly("Kim", "Lou");

            new RegistrarWrites(em).deleteStudent(kim);

            assertThat(course.getStudents()).extracting(StudentEntity::getName).containsExactly("Lou");
        });
        assertThat(registrar.courseStats()).extracting(CourseStats::enrolled).containsExactly(1);
    }

    /** One course that every one of {@code students} new students takes. */
    private ImportedSchool courseOf(int students) {
        var names = IntStream.range(0, students).mapToObj("Student %05d"::formatted).toList();
        var links = IntStream.range(0, students).mapToObj(s -> new Link(s, 0)).toList();
        return registrar.importSchool(new SchoolImport(names, List.of(new NewCourse("Crowded", students)), links));
    }

    private void inTransaction(Consumer<EntityManager> work) {
        InTransaction.run(factory, work);
    }
}
