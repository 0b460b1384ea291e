package dev.m2m.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.m2m.core.Course;
import dev.m2m.core.CourseStats;
import dev.m2m.core.DuplicateCourseNameException;
import dev.m2m.core.ImportedSchool;
import dev.m2m.core.InvalidArgumentException;
import dev.m2m.core.SchoolImport;
import dev.m2m.core.SchoolImport.Link;
import dev.m2m.core.SchoolImport.NewCourse;
import dev.m2m.core.Student;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bulk load: a whole school stored in one call, through each approach's batch path. It writes
 * what it was given, links to the ids the database chose, in batches, and all or nothing.
 */
public interface SchoolImportContract extends ContractFixture {

    @Test
    default void shouldImportStudentsCoursesAndTheLinksBetweenThem() {
        var registrar = registrar();
        var earlier = registrar.addStudent("Earlier");
        var history = registrar.addCourse("History", 5);
        registrar.enroll(earlier.id(), history.id());
        var school = new SchoolImport(
                List.of("Bob", "Alice", "Carol"),
                List.of(new NewCourse("Physics", 2), new NewCourse("Mathematics", 3)),
                List.of(new Link(0, 1), new Link(1, 1), new Link(1, 0), new Link(2, 1)));

        ImportedSchool imported = registrar.importSchool(school);

        assertThat(imported.studentIds()).hasSize(3).doesNotHaveDuplicates().doesNotContain(earlier.id());
        assertThat(imported.courseIds()).hasSize(2).doesNotHaveDuplicates().doesNotContain(history.id());
        var bob = new Student(imported.studentIds().get(0), "Bob");
        var alice = new Student(imported.studentIds().get(1), "Alice");
        var carol = new Student(imported.studentIds().get(2), "Carol");
        var physics = new Course(imported.courseIds().get(0), "Physics", 2);
        var mathematics = new Course(imported.courseIds().get(1), "Mathematics", 3);
        assertThat(registrar.studentsIn("Mathematics")).containsExactly(alice, bob, carol);
        assertThat(registrar.studentsIn("Physics")).containsExactly(alice);
        assertThat(registrar.coursesOf(alice.id())).containsExactly(mathematics, physics);
        assertThat(registrar.studentsIn("History")).as("rows stored before").containsExactly(earlier);
        assertThat(registrar.transcriptOf(bob.id())).singleElement()
                .satisfies(enrollment -> assertThat(enrollment.enrolledAt()).as("set by the database").isNotNull());
    }

    @Test
    default void shouldImportAnEmptySchoolWritingNothing() {
        var before = DatabaseSnapshot.of(pool());

        var imported = registrar().importSchool(new SchoolImport(List.of(), List.of(), List.of()));

        assertThat(imported.studentIds()).isEmpty();
        assertThat(imported.courseIds()).isEmpty();
        assertThat(DatabaseSnapshot.of(pool())).isEqualTo(before);
    }

    /** Enough rows for several batches of each table, with a remainder, and every id where it belongs. */
    @Test
    default void shouldImportThousandsOfRowsInJdbcBatches() {
        int students = 2 * SchoolImport.BATCH_SIZE + 500;
        int courses = 25;
        var names = IntStream.range(0, students).mapToObj("Student %05d"::formatted).toList();
        var newCourses = IntStream.range(0, courses).mapToObj(c -> new NewCourse("Course %02d".formatted(c), 1_000))
                .toList();
        var links = new ArrayList<Link>();
        for (int s = 0; s < students; s++) {
            links.add(new Link(s, s % courses));
            links.add(new Link(s, (s + 1) % courses));
        }
        var school = new SchoolImport(names, newCourses, links);
        statements().reset();

        var imported = registrar().importSchool(school);

        var sent = statements().statements();
        var linkInserts = sent.stream().filter(statement -> isInsertInto(statement, "enrollment")).toList();
        assertThat(linkInserts).as("link inserts, each a JDBC batch").allMatch(StatementRecorder.Recorded::batch)
                .allMatch(statement -> statement.batchSize() <= SchoolImport.BATCH_SIZE);
        assertThat(linkInserts.stream().mapToInt(StatementRecorder.Recorded::batchSize).sum()).isEqualTo(links.size());
        assertThat(linkInserts).as("batches of links: one per %d links, or per flush of %d students",
                        SchoolImport.BATCH_SIZE, SchoolImport.BATCH_SIZE)
                .hasSizeLessThanOrEqualTo(ceilDiv(links.size()) + ceilDiv(students));
        assertThat(registrar().courseStats()).extracting(CourseStats::enrolled)
                .containsOnly(students * 2 / courses).hasSize(courses);
        for (int s : new int[] {0, 999, 1000, students - 1}) {
            var found = registrar().findStudent(imported.studentIds().get(s));
            assertThat(found.student().name()).isEqualTo(names.get(s));
            assertThat(found.courses()).extracting(Course::id).containsExactlyInAnyOrder(
                    imported.courseIds().get(links.get(2 * s).course()),
                    imported.courseIds().get(links.get(2 * s + 1).course()));
        }
    }

    @Test
    default void shouldImportNothingWhenACourseNameIsTakenAlready() {
        registrar().addCourse("Physics", 5);
        var school = new SchoolImport(List.of("Alice"),
                List.of(new NewCourse("Chemistry", 5), new NewCourse("Physics", 5)),
                List.of(new Link(0, 0), new Link(0, 1)));

        var refused = assertFailsWritingNothing(() -> registrar().importSchool(school),
                DuplicateCourseNameException.class, "'Physics' already exists");

        assertThat(refused.name()).isEqualTo("Physics");
    }

    @Test
    default void shouldNameTheFirstTakenCourseInTheImportsOrderWhenSeveralAreTaken() {
        // given three taken names among 2,500 new courses, in the second and third batch of 1,000: in the
        // second, Zoology comes before Algebra (the opposite of the alphabet's and of the table's order)
        for (String taken : List.of("Aardvark", "Algebra", "Zoology")) {
            registrar().addCourse(taken, 5);
        }
        var courses = new ArrayList<NewCourse>();
        for (int c = 0; c < 2_500; c++) {
            courses.add(new NewCourse("Course %04d".formatted(c), 5));
        }
        courses.set(1_100, new NewCourse("Zoology", 5));
        courses.set(1_200, new NewCourse("Algebra", 5));
        courses.set(2_300, new NewCourse("Aardvark", 5));
        var school = new SchoolImport(List.of("Alice"), courses, List.of(new Link(0, 0)));

        var refused = assertFailsWritingNothing(() -> registrar().importSchool(school),
                DuplicateCourseNameException.class, "'Zoology' already exists");

        assertThat(refused.name()).isEqualTo("Zoology");
    }

    @Test
    default void shouldRejectAnImportThatNamesTwoCoursesAlikeBeforeSendingAnyStatement() {
        var school = new SchoolImport(List.of("Alice"),
                List.of(new NewCourse("Physics", 5), new NewCourse("Physics", 9)), List.of());
        statements().reset();

        assertFailsWritingNothing(() -> registrar().importSchool(school),
                DuplicateCourseNameException.class, "'Physics' already exists");

        assertThat(statements().count()).as("statements sent").isZero();
    }

    @ParameterizedTest
    @MethodSource("dev.m2m.contract.SchoolImportContract#invalidImports")
    default void shouldRejectAnInvalidImportBeforeSendingAnyStatement(SchoolImport school, String problem) {
        registrar().addStudent("Earlier");
        statements().reset();

        assertFailsWritingNothing(() -> registrar().importSchool(school), InvalidArgumentException.class, problem);

        assertThat(statements().count()).as("statements sent").isZero();
    }

    static Stream<Arguments> invalidImports() {
        var alice = List.of("Alice");
        var physics = List.of(new NewCourse("Physics", 1));
        var oneLink = List.of(new Link(0, 0));
        var nullName = new ArrayList<String>();
        nullName.add(null);
        return Stream.of(
                invalid("no import", null, "must not be null"),
                invalid("no links list", new SchoolImport(alice, physics, null), "must not be null"),
                invalid("a blank student name", new SchoolImport(List.of("Alice", " "), physics, oneLink),
                        "student name must not be blank"),
                invalid("a null student name", new SchoolImport(nullName, physics, List.of()),
                        "student name must not be null"),
                invalid("a student name with a lone surrogate",
                        new SchoolImport(List.of("Alice", "Bad\uD800Name"), physics, oneLink),
                        "student name must not contain an unpaired surrogate, found U+D800 at index 3"),
                invalid("a course name with a NUL",
                        new SchoolImport(alice, List.of(new NewCourse("Lab\u0000", 1)), List.of()),
                        "course name must not contain U+0000 (NUL), found at index 3"),
                invalid("a course name of a zero-width space",
                        new SchoolImport(alice, List.of(new NewCourse("\u200B", 1)), List.of()),
                        "course name must not be blank"),
                invalid("a course name too long", new SchoolImport(alice, List.of(new NewCourse("x".repeat(101), 1)),
                        List.of()), "course name must be at most 100 characters"),
                invalid("a capacity of 0", new SchoolImport(alice, List.of(new NewCourse("Physics", 0)), List.of()),
                        "capacity must be between 1 and"),
                invalid("a link to a student not listed", new SchoolImport(alice, physics, List.of(new Link(1, 0))),
                        "points past the students or courses listed"),
                invalid("a link to a negative course", new SchoolImport(alice, physics, List.of(new Link(0, -1))),
                        "points past the students or courses listed"),
                invalid("a link twice", new SchoolImport(List.of("Alice"), List.of(new NewCourse("Physics", 5)),
                        List.of(new Link(0, 0), new Link(0, 0))), "appears twice"),
                invalid("more links than places", new SchoolImport(List.of("Alice", "Bob"), physics,
                        List.of(new Link(0, 0), new Link(1, 0))), "'Physics' is given more than its 1 places"));
    }

    private static Arguments invalid(String name, SchoolImport school, String problem) {
        return Arguments.argumentSet(name, school, problem);
    }

    private static boolean isInsertInto(StatementRecorder.Recorded statement, String table) {
        return statement.sql().get(0).strip().toLowerCase(Locale.ROOT).startsWith("insert into " + table);
    }

    private static int ceilDiv(int rows) {
        return (rows + SchoolImport.BATCH_SIZE - 1) / SchoolImport.BATCH_SIZE;
    }
}
