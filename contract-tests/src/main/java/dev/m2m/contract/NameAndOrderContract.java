package dev.m2m.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Named.named;

import dev.m2m.core.ArgumentChecks;
import dev.m2m.core.CourseStats;
import dev.m2m.core.NotFoundException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Names and order: names stored and matched exactly as given (shared, awkward, pattern-like), and every
 * list sorted by name, then id.
 */
public interface NameAndOrderContract extends ContractFixture {

    @Test
    default void shouldKeepStudentsWhoShareAName() {
        var first = registrar().addStudent("Sam");
        var second = registrar().addStudent("Sam");
        var art = registrar().addCourse("Art", 5);
        registrar().enroll(first.id(), art.id());
        registrar().enroll(second.id(), art.id());

        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(registrar().studentsIn("Art")).containsExactly(first, second);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("awkwardNames")
    default void shouldStoreAwkwardNamesExactlyAndFindThemExactly(String name) {
        var student = registrar().addStudent(name);
        var course = registrar().addCourse(name, 1);
        registrar().enroll(student.id(), course.id());

        assertThat(registrar().findStudent(student.id()).student().name()).isEqualTo(name);
        assertThat(registrar().findCourse(course.id()).course().name()).isEqualTo(name);
        assertThat(registrar().studentsIn(name)).containsExactly(student);
        assertThat(registrar().coursesOf(student.id())).containsExactly(course);
    }

    static Stream<Named<String>> awkwardNames() {
        return Stream.of(
                named("a quote", "O'Brien"),
                named("double quotes and a backslash", "Zoë \"Z\" \\ Ångström"),
                named("a semicolon and an SQL fragment", "x'; DROP TABLE student; --"),
                named("SQL comment and union", "/* a */ UNION SELECT * FROM course --"),
                named("LIKE wildcards", "100% _sure_"),
                named("outside the Basic Multilingual Plane", "Math\uD835\uDD38tics \uD83C\uDF93"),
                named("a combining accent and a trailing space", "Jose\u0301 "),
                named("right-to-left text", "\u05E9\u05DC\u05D5\u05DD"),
                named("a tab and a newline inside", "two\tlines\nhere"),
                named("exactly the column width, 100 characters", "x".repeat(ArgumentChecks.MAX_NAME_LENGTH)),
                named("50 characters outside the BMP, 100 UTF-16 units",
                        "\uD83C\uDF93".repeat(ArgumentChecks.MAX_NAME_LENGTH / 2)),
                named("a no-break space and a zero-width joiner inside",
                        "Zo\u00EB\u00A0Smith \uD83D\uDC69\u200D\uD83C\uDF93"),
                named("a control character other than NUL", "bell\u0007"),
                named("a visible character after zero-width spaces", "\u200B\u200Bx"));
    }

    @Test
    default void shouldMatchCourseNamesExactlyNeverAsPatterns() {
        var seed = seed();
        registrar().addCourse("100%", 5);

        assertThat(registrar().studentsIn("100%")).isEmpty();
        for (String pattern : List.of("Math%", "Mathematic_", "mathematics", "Mathematics ", "%")) {
            assertThatThrownBy(() -> registrar().studentsIn(pattern))
                    .isInstanceOf(NotFoundException.class)
                    .hasMessage("course named '" + pattern + "' not found");
        }
        assertThat(registrar().studentsIn("Mathematics")).containsExactly(seed.alice(), seed.bob());
    }

    @Test
    default void shouldSortStudentsByNameThenId() {
        var course = registrar().addCourse("Drama", 10);
        var zoe = registrar().addStudent("Zoe");
        var firstAnn = registrar().addStudent("Ann");
        var max = registrar().addStudent("Max");
        var secondAnn = registrar().addStudent("Ann");
        for (var student : List.of(zoe, firstAnn, max, secondAnn)) {
            registrar().enroll(student.id(), course.id());
        }
        var expected = List.of(firstAnn, secondAnn, max, zoe);

        assertThat(registrar().studentsIn("Drama")).containsExactlyElementsOf(expected);
        assertThat(registrar().findCourse(course.id()).students()).containsExactlyElementsOf(expected);
        assertThat(registrar().studentsWithoutCourses()).isEmpty();
        registrar().drop(zoe.id(), course.id());
        registrar().drop(firstAnn.id(), course.id());
        registrar().drop(secondAnn.id(), course.id());
        assertThat(registrar().studentsWithoutCourses()).containsExactly(firstAnn, secondAnn, zoe);
        assertThat(registrar().classmatesOf(max.id())).isEmpty();
    }

    @Test
    default void shouldSortCoursesByName() {
        var student = registrar().addStudent("Lee");
        var zoology = registrar().addCourse("Zoology", 5);
        var algebra = registrar().addCourse("Algebra", 5);
        var music = registrar().addCourse("Music", 5);
        registrar().enrollAll(student.id(), List.of(zoology.id(), algebra.id(), music.id()));
        var expected = List.of(algebra, music, zoology);

        assertThat(registrar().coursesOf(student.id())).containsExactlyElementsOf(expected);
        assertThat(registrar().findStudent(student.id()).courses()).containsExactlyElementsOf(expected);
        assertThat(registrar().listStudents(0, 1).get(0).courses()).containsExactlyElementsOf(expected);
        assertThat(registrar().courseStats()).extracting(CourseStats::course).containsExactlyElementsOf(expected);
    }
}
