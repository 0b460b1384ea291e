package dev.m2m.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.m2m.core.AlreadyEnrolledException;
import dev.m2m.core.ArgumentChecks;
import dev.m2m.core.Course;
import dev.m2m.core.CourseFullException;
import dev.m2m.core.CourseStats;
import dev.m2m.core.NotFoundException;
import dev.m2m.core.SchoolImport;
import dev.m2m.core.StudentWithCourses;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Writes of links and rows: enrolling (one course, several, as many as enrollAll takes, in one JDBC batch),
 * filling a course to capacity, dropping a link, deleting a student or a course with their links.
 */
public interface WriteContract extends ContractFixture {

    @Test
    default void shouldDropOnlyTheLink() {
        var seed = seed();

        registrar().drop(seed.bob().id(), seed.mathematics().id());

        assertThat(registrar().studentsIn("Mathematics")).containsExactly(seed.alice());
        assertThat(registrar().coursesOf(seed.bob().id())).containsExactly(seed.physics());
        assertThat(registrar().findStudent(seed.bob().id()).student()).isEqualTo(seed.bob());
        assertThat(registrar().findCourse(seed.mathematics().id()).course()).isEqualTo(seed.mathematics());
    }

    @Test
    default void shouldEnrollAgainAfterDropping() {
        var seed = seed();
        registrar().drop(seed.alice().id(), seed.mathematics().id());

        registrar().enroll(seed.alice().id(), seed.mathematics().id());

        assertThat(registrar().studentsIn("Mathematics")).containsExactly(seed.alice(), seed.bob());
    }

    // tag::delete[]
    @Test
    default void shouldDeleteStudentWithTheirLinksButKeepTheirCourses() {
        var seed = seed();

        registrar().deleteStudent(seed.bob().id());

        assertThat(registrar().studentsIn("Mathematics")).containsExactly(seed.alice());
        assertThat(registrar().studentsIn("Physics")).isEmpty();
        assertThat(registrar().courseStats()).containsExactly(
                new CourseStats(seed.mathematics(), 1), new CourseStats(seed.physics(), 0));
        assertThat(registrar().listStudents(0, 10)).extracting(StudentWithCourses::student)
                .containsExactly(seed.alice());
        assertThatThrownBy(() -> registrar().findStudent(seed.bob().id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    default void shouldDeleteCourseWithItsLinksButKeepItsStudents() {
        var seed = seed();

        registrar().deleteCourse(seed.mathematics().id());

        assertThat(registrar().coursesOf(seed.alice().id())).isEmpty();
        assertThat(registrar().coursesOf(seed.bob().id())).containsExactly(seed.physics());
        assertThat(registrar().studentsWithoutCourses()).containsExactly(seed.alice());
        assertThat(registrar().courseStats()).containsExactly(new CourseStats(seed.physics(), 1));
        assertThatThrownBy(() -> registrar().studentsIn("Mathematics")).isInstanceOf(NotFoundException.class);
    }
    // end::delete[]

    @Test
    default void shouldEnrollInEveryCourseOfEnrollAll() {
        var student = registrar().addStudent("Kim");
        var courses = List.of(registrar().addCourse("History", 3), registrar().addCourse("Geography", 3),
                registrar().addCourse("Latin", 3));

        registrar().enrollAll(student.id(), courses.stream().map(Course::id).toList());

        assertThat(registrar().coursesOf(student.id())).containsExactly(courses.get(1), courses.get(0), courses.get(2));
    }

    @Test
    default void shouldDoNothingForAnEmptyEnrollAll() {
        var student = registrar().addStudent("Kim");

        assertWritesNothing(() -> registrar().enrollAll(student.id(), List.of()));
        assertThat(registrar().coursesOf(student.id())).isEmpty();
    }

    @Test
    default void shouldEnrollInNoneWhenTheLastCourseOfEnrollAllIsUnknown() {
        var student = registrar().addStudent("Kim");
        var history = registrar().addCourse("History", 3);
        long unknown = unknownCourseId();

        assertFailsWritingNothing(() -> registrar().enrollAll(student.id(), List.of(history.id(), unknown)),
                NotFoundException.class, "course " + unknown + " not found");
        assertThat(registrar().coursesOf(student.id())).isEmpty();
    }

    @Test
    default void shouldEnrollInNoneWhenOneCourseOfEnrollAllIsFull() {
        var student = registrar().addStudent("Kim");
        var other = registrar().addStudent("Lou");
        var history = registrar().addCourse("History", 3);
        var seminar = registrar().addCourse("Seminar", 1);
        registrar().enroll(other.id(), seminar.id());

        assertFailsWritingNothing(() -> registrar().enrollAll(student.id(), List.of(history.id(), seminar.id())),
                CourseFullException.class, "course " + seminar.id() + " is full");
        assertThat(registrar().coursesOf(student.id())).isEmpty();
    }

    @Test
    default void shouldEnrollInNoneWhenAlreadyEnrolledInOneCourseOfEnrollAll() {
        var seed = seed();

        assertFailsWritingNothing(
                () -> registrar().enrollAll(seed.alice().id(), List.of(seed.physics().id(), seed.mathematics().id())),
                AlreadyEnrolledException.class,
                "student " + seed.alice().id() + " is already enrolled in course " + seed.mathematics().id());
        assertThat(registrar().coursesOf(seed.alice().id())).containsExactly(seed.mathematics());
    }

    @Test
    default void shouldFillACourseUpToItsCapacityAndNoFurther() {
        var seminar = registrar().addCourse("Seminar", 2);
        var first = registrar().addStudent("First");
        var second = registrar().addStudent("Second");
        var third = registrar().addStudent("Third");
        registrar().enroll(first.id(), seminar.id());
        registrar().enroll(second.id(), seminar.id());

        var refused = assertFailsWritingNothing(() -> registrar().enroll(third.id(), seminar.id()),
                CourseFullException.class, "course " + seminar.id() + " is full: all 2 places are taken");

        assertThat(refused).extracting(CourseFullException::courseId, CourseFullException::capacity)
                .containsExactly(seminar.id(), 2);
        assertThat(registrar().courseStats()).containsExactly(new CourseStats(seminar, 2));
        registrar().drop(first.id(), seminar.id());
        registrar().enroll(third.id(), seminar.id());
        assertThat(registrar().studentsIn("Seminar")).containsExactly(second, third);
    }

    @Test
    default void shouldEnrollInTheLargestNumberOfCoursesEnrollAllTakes() {
        // given as many courses as one enrollAll may name, stored in one import
        var names = IntStream.range(0, ArgumentChecks.MAX_ENROLL_ALL).mapToObj("Course %04d"::formatted).toList();
        var imported = registrar().importSchool(new SchoolImport(List.of(),
                names.stream().map(name -> new SchoolImport.NewCourse(name, 1)).toList(), List.of()));
        var student = registrar().addStudent("Keen");

        registrar().enrollAll(student.id(), imported.courseIds());

        assertThat(registrar().coursesOf(student.id())).extracting(Course::name).containsExactlyElementsOf(names);
        assertThat(registrar().courseStats()).allSatisfy(stats -> assertThat(stats.freePlaces()).isZero());
    }

    @Test
    default void shouldInsertTheLinksOfEnrollAllInOneJdbcBatch() {
        var student = registrar().addStudent("Kim");
        var courseIds = new ArrayList<Long>();
        for (int c = 0; c < 6; c++) {
            courseIds.add(registrar().addCourse("Course " + c, 10).id());
        }
        statements().reset();

        registrar().enrollAll(student.id(), courseIds);

        var inserts = statements().statements().stream()
                .filter(statement -> statement.sql().get(0).strip().toLowerCase(Locale.ROOT)
                        .startsWith("insert into enrollment"))
                .toList();
        assertThat(inserts).as("inserts into enrollment").singleElement().satisfies(insert -> {
            assertThat(insert.batch()).as("sent as a JDBC batch").isTrue();
            assertThat(insert.batchSize()).isEqualTo(6);
        });
        assertThat(registrar().coursesOf(student.id())).hasSize(6);
    }
}
