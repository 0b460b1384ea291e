package dev.m2m.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.m2m.core.Course;
import dev.m2m.core.CourseStats;
import dev.m2m.core.CourseWithStudents;
import dev.m2m.core.Grade;
import dev.m2m.core.Student;
import dev.m2m.core.StudentWithCourses;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reads: the seed's scenario (who takes Mathematics?), a student or a course with what is linked to it,
 * pages, counts, classmates, students without courses, and lists no caller can change.
 */
public interface ReadContract extends ContractFixture {

    // tag::who-takes-mathematics[]
    @Test
    default void shouldAnswerWhoTakesMathematicsWithAliceAndBob() {
        // given
        var seed = seed();

        // when
        var students = registrar().studentsIn("Mathematics");

        // then
        assertThat(students).containsExactly(seed.alice(), seed.bob());
        assertThat(registrar().studentsIn("Physics")).containsExactly(seed.bob());
    }
    // end::who-takes-mathematics[]

    @Test
    default void shouldListTheCoursesOfEachStudent() {
        var seed = seed();

        assertThat(registrar().coursesOf(seed.alice().id())).containsExactly(seed.mathematics());
        assertThat(registrar().coursesOf(seed.bob().id())).containsExactly(seed.mathematics(), seed.physics());
    }

    @Test
    default void shouldFindStudentWithAllCoursesLoaded() {
        var seed = seed();

        var bob = registrar().findStudent(seed.bob().id());

        assertThat(bob).isEqualTo(new StudentWithCourses(seed.bob(), List.of(seed.mathematics(), seed.physics())));
    }

    @Test
    default void shouldFindCourseWithAllStudentsLoaded() {
        var seed = seed();

        var mathematics = registrar().findCourse(seed.mathematics().id());

        assertThat(mathematics)
                .isEqualTo(new CourseWithStudents(seed.mathematics(), List.of(seed.alice(), seed.bob())));
    }

    @Test
    default void shouldReturnEmptyCollectionsForStudentAndCourseWithoutLinks() {
        var carol = registrar().addStudent("Carol");
        var chemistry = registrar().addCourse("Chemistry", 10);

        assertThat(registrar().findStudent(carol.id())).isEqualTo(new StudentWithCourses(carol, List.of()));
        assertThat(registrar().findCourse(chemistry.id())).isEqualTo(new CourseWithStudents(chemistry, List.of()));
        assertThat(registrar().coursesOf(carol.id())).isEmpty();
        assertThat(registrar().studentsIn("Chemistry")).isEmpty();
        assertThat(registrar().classmatesOf(carol.id())).isEmpty();
    }

    @Test
    default void shouldReturnEmptyResultsFromAnEmptyDatabase() {
        assertThat(registrar().listStudents(0, 10)).isEmpty();
        assertThat(registrar().courseStats()).isEmpty();
        assertThat(registrar().studentsWithoutCourses()).isEmpty();
    }

    @Test
    default void shouldReturnWhatWasAdded() {
        var student = registrar().addStudent("Dana");
        var course = registrar().addCourse("Biology", 12);

        assertThat(student.id()).isPositive();
        assertThat(student.name()).isEqualTo("Dana");
        assertThat(course.id()).isPositive();
        assertThat(course).isEqualTo(new Course(course.id(), "Biology", 12));
        assertThat(registrar().findStudent(student.id()).student()).isEqualTo(student);
        assertThat(registrar().findCourse(course.id()).course()).isEqualTo(course);
    }

    // tag::page[]
    @Test
    default void shouldPageStudentsHoldingExactlyLimitStudentsHoweverManyCoursesEachHas() {
        // given five students with three to five courses each: 20 join rows in all
        var courses = new ArrayList<Course>();
        for (int c = 0; c < 5; c++) {
            courses.add(registrar().addCourse("Course " + c, 10));
        }
        var students = new ArrayList<StudentWithCourses>();
        for (int s = 0; s < 5; s++) {
            var student = registrar().addStudent("Student " + s);
            var taken = courses.subList(0, 3 + s % 3);
            registrar().enrollAll(student.id(), taken.stream().map(Course::id).toList());
            students.add(new StudentWithCourses(student, taken));
        }

        // when
        var first = registrar().listStudents(0, 2);
        var second = registrar().listStudents(lastId(first), 2);
        var third = registrar().listStudents(lastId(second), 2);
        var fourth = registrar().listStudents(lastId(third), 2);

        // then
        assertThat(first).containsExactlyElementsOf(students.subList(0, 2));
        assertThat(second).containsExactlyElementsOf(students.subList(2, 4));
        assertThat(third).containsExactlyElementsOf(students.subList(4, 5));
        assertThat(fourth).isEmpty();
        assertThat(registrar().listStudents(0, 5)).containsExactlyElementsOf(students);
    }
    // end::page[]

    @Test
    default void shouldPageStudentsWithoutCoursesToo() {
        var seed = seed();
        var idle = registrar().addStudent("Idle");

        var page = registrar().listStudents(0, 3);

        assertThat(page).containsExactly(
                new StudentWithCourses(seed.alice(), List.of(seed.mathematics())),
                new StudentWithCourses(seed.bob(), List.of(seed.mathematics(), seed.physics())),
                new StudentWithCourses(idle, List.of()));
    }

    @Test
    default void shouldStartAPageAfterAnIdThatNoLongerExists() {
        var first = registrar().addStudent("First");
        var second = registrar().addStudent("Second");
        var third = registrar().addStudent("Third");
        registrar().deleteStudent(second.id());

        var page = registrar().listStudents(second.id(), 10);

        assertThat(page).extracting(StudentWithCourses::student).containsExactly(third);
        assertThat(registrar().listStudents(0, 10)).extracting(StudentWithCourses::student)
                .containsExactly(first, third);
    }

    @Test
    default void shouldCountEnrolmentsIncludingEmptyCourses() {
        // given two empty courses as well: equal counts must stay separate rows
        var seed = seed();
        var chemistry = registrar().addCourse("Chemistry", 10);
        var drama = registrar().addCourse("Drama", 10);

        var stats = registrar().courseStats();

        assertThat(stats).containsExactly(
                new CourseStats(chemistry, 0),
                new CourseStats(drama, 0),
                new CourseStats(seed.mathematics(), 2),
                new CourseStats(seed.physics(), 1));
        assertThat(stats.get(2).freePlaces()).isEqualTo(28);
    }

    @Test
    default void shouldFindClassmatesOnceEachAndNeverSelf() {
        // given Bob shares two courses with Alice and one with Carol; Dave shares nothing
        var seed = seed();
        var carol = registrar().addStudent("Carol");
        var dave = registrar().addStudent("Dave");
        var music = registrar().addCourse("Music", 5);
        registrar().enroll(seed.alice().id(), seed.physics().id());
        registrar().enroll(carol.id(), seed.physics().id());
        registrar().enrollAll(dave.id(), List.of(music.id()));

        // then
        assertThat(registrar().classmatesOf(seed.bob().id())).containsExactly(seed.alice(), carol);
        assertThat(registrar().classmatesOf(carol.id())).containsExactly(seed.alice(), seed.bob());
        assertThat(registrar().classmatesOf(dave.id())).isEmpty();
    }

    @Test
    default void shouldFindStudentsWithoutCourses() {
        var seed = seed();
        var carol = registrar().addStudent("Carol");

        assertThat(registrar().studentsWithoutCourses()).containsExactly(carol);

        registrar().drop(seed.alice().id(), seed.mathematics().id());
        assertThat(registrar().studentsWithoutCourses()).containsExactly(seed.alice(), carol);
    }

    // tag::unmodifiable[]
    @Test
    default void shouldReturnListsNoCallerCanChange() {
        var seed = seed();
        long bob = seed.bob().id();
        long mathematics = seed.mathematics().id();
        registrar().grade(bob, mathematics, Grade.of(80));
        registrar().addStudent("Idle");

        var lists = List.<List<?>>of(
                registrar().studentsIn("Mathematics"),
                registrar().coursesOf(bob),
                registrar().findStudent(bob).courses(),
                registrar().findCourse(mathematics).students(),
                registrar().listStudents(0, 10),
                registrar().listStudents(0, 10).get(0).courses(),
                registrar().courseStats(),
                registrar().classmatesOf(bob),
                registrar().studentsWithoutCourses(),
                registrar().transcriptOf(bob),
                registrar().rosterOf(mathematics),
                registrar().gradedAtLeast(mathematics, Grade.of(50)));

        assertThat(lists).allSatisfy(list -> {
            assertThat(list).as("a list with something to change").isNotEmpty();
            assertThatThrownBy(() -> list.add(null)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(() -> set(list)).isInstanceOf(UnsupportedOperationException.class);
            assertThatThrownBy(list::clear).isInstanceOf(UnsupportedOperationException.class);
        });
    }
    // end::unmodifiable[]

    /** Puts a list's first element back in its place: a change only an unmodifiable list refuses. */
    private static <T> void set(List<T> list) {
        list.set(0, list.get(0));
    }

    private static long lastId(List<StudentWithCourses> page) {
        return page.get(page.size() - 1).student().id();
    }
}
