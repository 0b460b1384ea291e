package dev.m2m.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Named.named;

import com.zaxxer.hikari.HikariDataSource;
import dev.m2m.core.AlreadyEnrolledException;
import dev.m2m.core.Arguments;
import dev.m2m.core.Course;
import dev.m2m.core.CourseFullException;
import dev.m2m.core.CourseStats;
import dev.m2m.core.CourseWithStudents;
import dev.m2m.core.DatabaseFailureException;
import dev.m2m.core.DuplicateCourseNameException;
import dev.m2m.core.Grade;
import dev.m2m.core.InvalidArgumentException;
import dev.m2m.core.NotFoundException;
import dev.m2m.core.Registrar;
import dev.m2m.core.SchoolImport;
import dev.m2m.core.Student;
import dev.m2m.core.StudentWithCourses;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments.ArgumentSet;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The specification of a {@link Registrar}: every implementation extends this class once per
 * database and must pass all of it, unchanged.
 *
 * <p>Each test starts from an empty schema. Ids are never assumed: they come from what the
 * registrar returned. Every failure is checked three ways: the exception's type, a message that
 * names the problem, and a database left exactly as it was.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class RegistrarContract
        implements AssociationObjectContract, SchoolImportContract, ConcurrencyContract, ResourceContract,
        ModelContract, WriteCountContract {

    private final TestDatabase database;
    private final ImplementationUnderTest implementation;

    private final StatementRecorder statements = new StatementRecorder();
    private HikariDataSource rawDataSource;
    private Registrar registrar;

    protected RegistrarContract(TestDatabase database, ImplementationUnderTest implementation) {
        this.database = database;
        this.implementation = implementation;
    }

    @BeforeAll
    void createRegistrar() {
        rawDataSource = database.dataSource();
        registrar = implementation.factory().apply(statements.wrap(rawDataSource));
    }

    @AfterAll
    void closeRegistrar() {
        registrar.close();
    }

    @BeforeEach
    void startFromAnEmptySchema() {
        database.clean(rawDataSource);
        statements.reset();
    }

    @AfterEach
    void assertEveryConnectionWasGivenBack() {
        assertThat(rawDataSource.getHikariPoolMXBean().getActiveConnections())
                .as("connections still borrowed from the pool after the test")
                .isZero();
    }

    @Override
    public Registrar registrar() {
        return registrar;
    }

    @Override
    public TestDatabase database() {
        return database;
    }

    @Override
    public HikariDataSource pool() {
        return rawDataSource;
    }

    @Override
    public ImplementationUnderTest implementation() {
        return implementation;
    }

    @Override
    public StatementRecorder statements() {
        return statements;
    }

    // --- the seed's scenario: Alice and Bob, Mathematics and Physics ---------------------------

    private record Seed(Student alice, Student bob, Course mathematics, Course physics) {
    }

    // tag::seed[]
    /** Alice takes Mathematics (one enroll); Bob takes both (one enrollAll, SQLAlchemy's extend). */
    private Seed seed() {
        var alice = registrar.addStudent("Alice");
        var bob = registrar.addStudent("Bob");
        var mathematics = registrar.addCourse("Mathematics", 30);
        var physics = registrar.addCourse("Physics", 30);
        registrar.enroll(alice.id(), mathematics.id());
        registrar.enrollAll(bob.id(), List.of(mathematics.id(), physics.id()));
        return new Seed(alice, bob, mathematics, physics);
    }
    // end::seed[]

    // tag::who-takes-mathematics[]
    @Test
    void shouldAnswerWhoTakesMathematicsWithAliceAndBob() {
        // given
        var seed = seed();

        // when
        var students = registrar.studentsIn("Mathematics");

        // then
        assertThat(students).containsExactly(seed.alice(), seed.bob());
        assertThat(registrar.studentsIn("Physics")).containsExactly(seed.bob());
    }
    // end::who-takes-mathematics[]

    @Test
    void shouldListTheCoursesOfEachStudent() {
        var seed = seed();

        assertThat(registrar.coursesOf(seed.alice().id())).containsExactly(seed.mathematics());
        assertThat(registrar.coursesOf(seed.bob().id())).containsExactly(seed.mathematics(), seed.physics());
    }

    @Test
    void shouldFindStudentWithAllCoursesLoaded() {
        var seed = seed();

        var bob = registrar.findStudent(seed.bob().id());

        assertThat(bob).isEqualTo(new StudentWithCourses(seed.bob(), List.of(seed.mathematics(), seed.physics())));
    }

    @Test
    void shouldFindCourseWithAllStudentsLoaded() {
        var seed = seed();

        var mathematics = registrar.findCourse(seed.mathematics().id());

        assertThat(mathematics)
                .isEqualTo(new CourseWithStudents(seed.mathematics(), List.of(seed.alice(), seed.bob())));
    }

    @Test
    void shouldReturnEmptyCollectionsForStudentAndCourseWithoutLinks() {
        var carol = registrar.addStudent("Carol");
        var chemistry = registrar.addCourse("Chemistry", 10);

        assertThat(registrar.findStudent(carol.id())).isEqualTo(new StudentWithCourses(carol, List.of()));
        assertThat(registrar.findCourse(chemistry.id())).isEqualTo(new CourseWithStudents(chemistry, List.of()));
        assertThat(registrar.coursesOf(carol.id())).isEmpty();
        assertThat(registrar.studentsIn("Chemistry")).isEmpty();
        assertThat(registrar.classmatesOf(carol.id())).isEmpty();
    }

    @Test
    void shouldReturnEmptyResultsFromAnEmptyDatabase() {
        assertThat(registrar.listStudents(0, 10)).isEmpty();
        assertThat(registrar.courseStats()).isEmpty();
        assertThat(registrar.studentsWithoutCourses()).isEmpty();
    }

    @Test
    void shouldReturnWhatWasAdded() {
        var student = registrar.addStudent("Dana");
        var course = registrar.addCourse("Biology", 12);

        assertThat(student.id()).isPositive();
        assertThat(student.name()).isEqualTo("Dana");
        assertThat(course.id()).isPositive();
        assertThat(course).isEqualTo(new Course(course.id(), "Biology", 12));
        assertThat(registrar.findStudent(student.id()).student()).isEqualTo(student);
        assertThat(registrar.findCourse(course.id()).course()).isEqualTo(course);
    }

    @Test
    void shouldKeepStudentsWhoShareAName() {
        var first = registrar.addStudent("Sam");
        var second = registrar.addStudent("Sam");
        var art = registrar.addCourse("Art", 5);
        registrar.enroll(first.id(), art.id());
        registrar.enroll(second.id(), art.id());

        assertThat(first.id()).isNotEqualTo(second.id());
        assertThat(registrar.studentsIn("Art")).containsExactly(first, second);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("awkwardNames")
    void shouldStoreAwkwardNamesExactlyAndFindThemExactly(String name) {
        var student = registrar.addStudent(name);
        var course = registrar.addCourse(name, 1);
        registrar.enroll(student.id(), course.id());

        assertThat(registrar.findStudent(student.id()).student().name()).isEqualTo(name);
        assertThat(registrar.findCourse(course.id()).course().name()).isEqualTo(name);
        assertThat(registrar.studentsIn(name)).containsExactly(student);
        assertThat(registrar.coursesOf(student.id())).containsExactly(course);
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
                named("exactly the column width, 100 characters", "x".repeat(Arguments.MAX_NAME_LENGTH)),
                named("50 characters outside the BMP, 100 UTF-16 units",
                        "\uD83C\uDF93".repeat(Arguments.MAX_NAME_LENGTH / 2)),
                named("a no-break space and a zero-width joiner inside",
                        "Zo\u00EB\u00A0Smith \uD83D\uDC69\u200D\uD83C\uDF93"),
                named("a control character other than NUL", "bell\u0007"),
                named("a visible character after zero-width spaces", "\u200B\u200Bx"));
    }

    @Test
    void shouldMatchCourseNamesExactlyNeverAsPatterns() {
        var seed = seed();
        registrar.addCourse("100%", 5);

        assertThat(registrar.studentsIn("100%")).isEmpty();
        for (String pattern : List.of("Math%", "Mathematic_", "mathematics", "Mathematics ", "%")) {
            assertThatThrownBy(() -> registrar.studentsIn(pattern))
                    .isInstanceOf(NotFoundException.class)
                    .hasMessage("course named '" + pattern + "' not found");
        }
        assertThat(registrar.studentsIn("Mathematics")).containsExactly(seed.alice(), seed.bob());
    }

    // --- ordering --------------------------------------------------------------------------

    @Test
    void shouldSortStudentsByNameThenId() {
        var course = registrar.addCourse("Drama", 10);
        var zoe = registrar.addStudent("Zoe");
        var firstAnn = registrar.addStudent("Ann");
        var max = registrar.addStudent("Max");
        var secondAnn = registrar.addStudent("Ann");
        for (var student : List.of(zoe, firstAnn, max, secondAnn)) {
            registrar.enroll(student.id(), course.id());
        }
        var expected = List.of(firstAnn, secondAnn, max, zoe);

        assertThat(registrar.studentsIn("Drama")).containsExactlyElementsOf(expected);
        assertThat(registrar.findCourse(course.id()).students()).containsExactlyElementsOf(expected);
        assertThat(registrar.studentsWithoutCourses()).isEmpty();
        registrar.drop(zoe.id(), course.id());
        registrar.drop(firstAnn.id(), course.id());
        registrar.drop(secondAnn.id(), course.id());
        assertThat(registrar.studentsWithoutCourses()).containsExactly(firstAnn, secondAnn, zoe);
        assertThat(registrar.classmatesOf(max.id())).isEmpty();
    }

    @Test
    void shouldSortCoursesByName() {
        var student = registrar.addStudent("Lee");
        var zoology = registrar.addCourse("Zoology", 5);
        var algebra = registrar.addCourse("Algebra", 5);
        var music = registrar.addCourse("Music", 5);
        registrar.enrollAll(student.id(), List.of(zoology.id(), algebra.id(), music.id()));
        var expected = List.of(algebra, music, zoology);

        assertThat(registrar.coursesOf(student.id())).containsExactlyElementsOf(expected);
        assertThat(registrar.findStudent(student.id()).courses()).containsExactlyElementsOf(expected);
        assertThat(registrar.listStudents(0, 1).get(0).courses()).containsExactlyElementsOf(expected);
        assertThat(registrar.courseStats()).extracting(CourseStats::course).containsExactlyElementsOf(expected);
    }

    // --- writing links ---------------------------------------------------------------------

    @Test
    void shouldDropOnlyTheLink() {
        var seed = seed();

        registrar.drop(seed.bob().id(), seed.mathematics().id());

        assertThat(registrar.studentsIn("Mathematics")).containsExactly(seed.alice());
        assertThat(registrar.coursesOf(seed.bob().id())).containsExactly(seed.physics());
        assertThat(registrar.findStudent(seed.bob().id()).student()).isEqualTo(seed.bob());
        assertThat(registrar.findCourse(seed.mathematics().id()).course()).isEqualTo(seed.mathematics());
    }

    @Test
    void shouldEnrollAgainAfterDropping() {
        var seed = seed();
        registrar.drop(seed.alice().id(), seed.mathematics().id());

        registrar.enroll(seed.alice().id(), seed.mathematics().id());

        assertThat(registrar.studentsIn("Mathematics")).containsExactly(seed.alice(), seed.bob());
    }

    // tag::delete[]
    @Test
    void shouldDeleteStudentWithTheirLinksButKeepTheirCourses() {
        var seed = seed();

        registrar.deleteStudent(seed.bob().id());

        assertThat(registrar.studentsIn("Mathematics")).containsExactly(seed.alice());
        assertThat(registrar.studentsIn("Physics")).isEmpty();
        assertThat(registrar.courseStats()).containsExactly(
                new CourseStats(seed.mathematics(), 1), new CourseStats(seed.physics(), 0));
        assertThat(registrar.listStudents(0, 10)).extracting(StudentWithCourses::student).containsExactly(seed.alice());
        assertThatThrownBy(() -> registrar.findStudent(seed.bob().id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void shouldDeleteCourseWithItsLinksButKeepItsStudents() {
        var seed = seed();

        registrar.deleteCourse(seed.mathematics().id());

        assertThat(registrar.coursesOf(seed.alice().id())).isEmpty();
        assertThat(registrar.coursesOf(seed.bob().id())).containsExactly(seed.physics());
        assertThat(registrar.studentsWithoutCourses()).containsExactly(seed.alice());
        assertThat(registrar.courseStats()).containsExactly(new CourseStats(seed.physics(), 1));
        assertThatThrownBy(() -> registrar.studentsIn("Mathematics")).isInstanceOf(NotFoundException.class);
    }
    // end::delete[]

    @Test
    void shouldEnrollInEveryCourseOfEnrollAll() {
        var student = registrar.addStudent("Kim");
        var courses = List.of(registrar.addCourse("History", 3), registrar.addCourse("Geography", 3),
                registrar.addCourse("Latin", 3));

        registrar.enrollAll(student.id(), courses.stream().map(Course::id).toList());

        assertThat(registrar.coursesOf(student.id())).containsExactly(courses.get(1), courses.get(0), courses.get(2));
    }

    @Test
    void shouldDoNothingForAnEmptyEnrollAll() {
        var student = registrar.addStudent("Kim");

        assertWritesNothing(() -> registrar.enrollAll(student.id(), List.of()));
        assertThat(registrar.coursesOf(student.id())).isEmpty();
    }

    @Test
    void shouldEnrollInNoneWhenTheLastCourseOfEnrollAllIsUnknown() {
        var student = registrar.addStudent("Kim");
        var history = registrar.addCourse("History", 3);
        long unknown = unknownCourseId();

        assertFailsWritingNothing(() -> registrar.enrollAll(student.id(), List.of(history.id(), unknown)),
                NotFoundException.class, "course " + unknown + " not found");
        assertThat(registrar.coursesOf(student.id())).isEmpty();
    }

    @Test
    void shouldEnrollInNoneWhenOneCourseOfEnrollAllIsFull() {
        var student = registrar.addStudent("Kim");
        var other = registrar.addStudent("Lou");
        var history = registrar.addCourse("History", 3);
        var seminar = registrar.addCourse("Seminar", 1);
        registrar.enroll(other.id(), seminar.id());

        assertFailsWritingNothing(() -> registrar.enrollAll(student.id(), List.of(history.id(), seminar.id())),
                CourseFullException.class, "course " + seminar.id() + " is full");
        assertThat(registrar.coursesOf(student.id())).isEmpty();
    }

    @Test
    void shouldEnrollInNoneWhenAlreadyEnrolledInOneCourseOfEnrollAll() {
        var seed = seed();

        assertFailsWritingNothing(
                () -> registrar.enrollAll(seed.alice().id(), List.of(seed.physics().id(), seed.mathematics().id())),
                AlreadyEnrolledException.class,
                "student " + seed.alice().id() + " is already enrolled in course " + seed.mathematics().id());
        assertThat(registrar.coursesOf(seed.alice().id())).containsExactly(seed.mathematics());
    }

    @Test
    void shouldFillACourseUpToItsCapacityAndNoFurther() {
        var seminar = registrar.addCourse("Seminar", 2);
        var first = registrar.addStudent("First");
        var second = registrar.addStudent("Second");
        var third = registrar.addStudent("Third");
        registrar.enroll(first.id(), seminar.id());
        registrar.enroll(second.id(), seminar.id());

        var refused = assertFailsWritingNothing(() -> registrar.enroll(third.id(), seminar.id()),
                CourseFullException.class, "course " + seminar.id() + " is full: all 2 places are taken");

        assertThat(refused).extracting(CourseFullException::courseId, CourseFullException::capacity)
                .containsExactly(seminar.id(), 2);
        assertThat(registrar.courseStats()).containsExactly(new CourseStats(seminar, 2));
        registrar.drop(first.id(), seminar.id());
        registrar.enroll(third.id(), seminar.id());
        assertThat(registrar.studentsIn("Seminar")).containsExactly(second, third);
    }

    // --- reading ---------------------------------------------------------------------------

    // tag::page[]
    @Test
    void shouldPageStudentsHoldingExactlyLimitStudentsHoweverManyCoursesEachHas() {
        // given five students with three to five courses each: 20 join rows in all
        var courses = new ArrayList<Course>();
        for (int c = 0; c < 5; c++) {
            courses.add(registrar.addCourse("Course " + c, 10));
        }
        var students = new ArrayList<StudentWithCourses>();
        for (int s = 0; s < 5; s++) {
            var student = registrar.addStudent("Student " + s);
            var taken = courses.subList(0, 3 + s % 3);
            registrar.enrollAll(student.id(), taken.stream().map(Course::id).toList());
            students.add(new StudentWithCourses(student, taken));
        }

        // when
        var first = registrar.listStudents(0, 2);
        var second = registrar.listStudents(lastId(first), 2);
        var third = registrar.listStudents(lastId(second), 2);
        var fourth = registrar.listStudents(lastId(third), 2);

        // then
        assertThat(first).containsExactlyElementsOf(students.subList(0, 2));
        assertThat(second).containsExactlyElementsOf(students.subList(2, 4));
        assertThat(third).containsExactlyElementsOf(students.subList(4, 5));
        assertThat(fourth).isEmpty();
        assertThat(registrar.listStudents(0, 5)).containsExactlyElementsOf(students);
    }
    // end::page[]

    @Test
    void shouldPageStudentsWithoutCoursesToo() {
        var seed = seed();
        var idle = registrar.addStudent("Idle");

        var page = registrar.listStudents(0, 3);

        assertThat(page).containsExactly(
                new StudentWithCourses(seed.alice(), List.of(seed.mathematics())),
                new StudentWithCourses(seed.bob(), List.of(seed.mathematics(), seed.physics())),
                new StudentWithCourses(idle, List.of()));
    }

    @Test
    void shouldStartAPageAfterAnIdThatNoLongerExists() {
        var first = registrar.addStudent("First");
        var second = registrar.addStudent("Second");
        var third = registrar.addStudent("Third");
        registrar.deleteStudent(second.id());

        var page = registrar.listStudents(second.id(), 10);

        assertThat(page).extracting(StudentWithCourses::student).containsExactly(third);
        assertThat(registrar.listStudents(0, 10)).extracting(StudentWithCourses::student).containsExactly(first, third);
    }

    @Test
    void shouldCountEnrolmentsIncludingEmptyCourses() {
        // given two empty courses as well: equal counts must stay separate rows
        var seed = seed();
        var chemistry = registrar.addCourse("Chemistry", 10);
        var drama = registrar.addCourse("Drama", 10);

        var stats = registrar.courseStats();

        assertThat(stats).containsExactly(
                new CourseStats(chemistry, 0),
                new CourseStats(drama, 0),
                new CourseStats(seed.mathematics(), 2),
                new CourseStats(seed.physics(), 1));
        assertThat(stats.get(2).freePlaces()).isEqualTo(28);
    }

    @Test
    void shouldFindClassmatesOnceEachAndNeverSelf() {
        // given Bob shares two courses with Alice and one with Carol; Dave shares nothing
        var seed = seed();
        var carol = registrar.addStudent("Carol");
        var dave = registrar.addStudent("Dave");
        var music = registrar.addCourse("Music", 5);
        registrar.enroll(seed.alice().id(), seed.physics().id());
        registrar.enroll(carol.id(), seed.physics().id());
        registrar.enrollAll(dave.id(), List.of(music.id()));

        // then
        assertThat(registrar.classmatesOf(seed.bob().id())).containsExactly(seed.alice(), carol);
        assertThat(registrar.classmatesOf(carol.id())).containsExactly(seed.alice(), seed.bob());
        assertThat(registrar.classmatesOf(dave.id())).isEmpty();
    }

    @Test
    void shouldFindStudentsWithoutCourses() {
        var seed = seed();
        var carol = registrar.addStudent("Carol");

        assertThat(registrar.studentsWithoutCourses()).containsExactly(carol);

        registrar.drop(seed.alice().id(), seed.mathematics().id());
        assertThat(registrar.studentsWithoutCourses()).containsExactly(seed.alice(), carol);
    }

    // --- failures --------------------------------------------------------------------------

    @Test
    void shouldRejectADuplicateEnrolment() {
        var seed = seed();

        var refused = assertFailsWritingNothing(() -> registrar.enroll(seed.bob().id(), seed.physics().id()),
                AlreadyEnrolledException.class,
                "student " + seed.bob().id() + " is already enrolled in course " + seed.physics().id());

        assertThat(refused).extracting(AlreadyEnrolledException::studentId, AlreadyEnrolledException::courseId)
                .containsExactly(seed.bob().id(), seed.physics().id());
    }

    @Test
    void shouldReportAlreadyEnrolledBeforeFullForAStudentInAFullCourse() {
        var seminar = registrar.addCourse("Seminar", 1);
        var student = registrar.addStudent("Only");
        registrar.enroll(student.id(), seminar.id());

        assertFailsWritingNothing(() -> registrar.enroll(student.id(), seminar.id()),
                AlreadyEnrolledException.class, "is already enrolled");
    }

    @Test
    void shouldRejectADuplicateCourseName() {
        registrar.addCourse("Physics", 30);

        var refused = assertFailsWritingNothing(() -> registrar.addCourse("Physics", 10),
                DuplicateCourseNameException.class, "a course named 'Physics' already exists");

        assertThat(refused.name()).isEqualTo("Physics");
        assertThat(registrar.addCourse("physics", 10).name()).isEqualTo("physics");
    }

    @Test
    void shouldRejectDroppingALinkThatDoesNotExist() {
        var seed = seed();

        var refused = assertFailsWritingNothing(() -> registrar.drop(seed.alice().id(), seed.physics().id()),
                NotFoundException.class,
                "enrollment of student " + seed.alice().id() + " in course " + seed.physics().id() + " not found");

        assertThat(refused.kind()).isEqualTo("enrollment");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operationsOnAStudent")
    void shouldRejectAnUnknownStudent(Consumer<StudentCall> operation) {
        var seed = seed();
        long unknown = unknownStudentId();

        var call = new StudentCall(registrar, unknown, seed.mathematics());

        var refused = assertFailsWritingNothing(() -> operation.accept(call),
                NotFoundException.class, "student " + unknown + " not found");

        assertThat(refused).extracting(NotFoundException::kind, NotFoundException::key)
                .containsExactly("student", Long.toString(unknown));
    }

    /** An operation given a student id and an existing course. */
    public record StudentCall(Registrar registrar, long studentId, Course course) {
    }

    static Stream<Named<Consumer<StudentCall>>> operationsOnAStudent() {
        return Stream.of(
                named("enroll", call -> call.registrar().enroll(call.studentId(), call.course().id())),
                named("enrollAll", call -> call.registrar().enrollAll(call.studentId(), List.of(call.course().id()))),
                named("drop", call -> call.registrar().drop(call.studentId(), call.course().id())),
                named("deleteStudent", call -> call.registrar().deleteStudent(call.studentId())),
                named("coursesOf", call -> call.registrar().coursesOf(call.studentId())),
                named("findStudent", call -> call.registrar().findStudent(call.studentId())),
                named("classmatesOf", call -> call.registrar().classmatesOf(call.studentId())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operationsOnACourse")
    void shouldRejectAnUnknownCourse(Consumer<CourseCall> operation) {
        var seed = seed();
        long unknown = unknownCourseId();

        var call = new CourseCall(registrar, seed.alice(), unknown);

        var refused = assertFailsWritingNothing(() -> operation.accept(call),
                NotFoundException.class, "course " + unknown + " not found");

        assertThat(refused).extracting(NotFoundException::kind, NotFoundException::key)
                .containsExactly("course", Long.toString(unknown));
    }

    /** An operation given an existing student and a course id. */
    public record CourseCall(Registrar registrar, Student student, long courseId) {
    }

    static Stream<Named<Consumer<CourseCall>>> operationsOnACourse() {
        return Stream.of(
                named("enroll", call -> call.registrar().enroll(call.student().id(), call.courseId())),
                named("enrollAll", call -> call.registrar().enrollAll(call.student().id(), List.of(call.courseId()))),
                named("drop", call -> call.registrar().drop(call.student().id(), call.courseId())),
                named("deleteCourse", call -> call.registrar().deleteCourse(call.courseId())),
                named("findCourse", call -> call.registrar().findCourse(call.courseId())));
    }

    @Test
    void shouldRejectAnUnknownCourseName() {
        seed();

        var refused = assertFailsWritingNothing(() -> registrar.studentsIn("Astronomy"),
                NotFoundException.class, "course named 'Astronomy' not found");

        assertThat(refused).extracting(NotFoundException::kind, NotFoundException::key)
                .containsExactly("course", "Astronomy");
    }

    @ParameterizedTest
    @MethodSource("invalidArguments")
    void shouldRejectAnInvalidArgumentBeforeSendingAnyStatement(Consumer<Registrar> call, String problem) {
        seed();
        statements.reset();

        assertFailsWritingNothing(() -> call.accept(registrar), InvalidArgumentException.class, problem);

        assertThat(statements.count()).as("statements sent before the argument was rejected").isZero();
    }

    static Stream<ArgumentSet> invalidArguments() {
        String tooLong = "x".repeat(Arguments.MAX_NAME_LENGTH + 1);
        String tooLongOutsideTheBmp = "\uD83C\uDF93".repeat(Arguments.MAX_NAME_LENGTH / 2 + 1);
        return Stream.of(
                invalid("student name null", r -> r.addStudent(null), "student name must not be null"),
                invalid("student name empty", r -> r.addStudent(""), "student name must not be blank"),
                invalid("student name blank", r -> r.addStudent(" \t\n"), "student name must not be blank"),
                invalid("student name 101 characters", r -> r.addStudent(tooLong),
                        "student name must be at most 100 characters, was 101"),
                invalid("student name 51 characters outside the BMP, 102 UTF-16 units",
                        r -> r.addStudent(tooLongOutsideTheBmp),
                        "at most 100 characters, was 102"),
                invalid("course name null", r -> r.addCourse(null, 5), "course name must not be null"),
                invalid("course name blank", r -> r.addCourse("  ", 5), "course name must not be blank"),
                invalid("course name 101 characters", r -> r.addCourse(tooLong, 5),
                        "course name must be at most 100 characters"),
                invalid("capacity zero", r -> r.addCourse("Logic", 0), "capacity must be between 1 and 100000, was 0"),
                invalid("capacity negative", r -> r.addCourse("Logic", -3),
                        "capacity must be between 1 and 100000, was -3"),
                invalid("capacity huge", r -> r.addCourse("Logic", Integer.MAX_VALUE),
                        "capacity must be between 1 and 100000"),
                invalid("page limit zero", r -> r.listStudents(0, 0), "page limit must be between 1 and 1000, was 0"),
                invalid("page limit negative", r -> r.listStudents(0, -1),
                        "page limit must be between 1 and 1000, was -1"),
                invalid("page limit huge", r -> r.listStudents(0, Integer.MAX_VALUE),
                        "page limit must be between 1 and 1000"),
                invalid("page after a negative id", r -> r.listStudents(-1, 10),
                        "afterId must be 0 or a student id, was -1"),
                invalid("studentsIn null name", r -> r.studentsIn(null), "course name must not be null"),
                invalid("studentsIn blank name", r -> r.studentsIn(" "), "course name must not be blank"),
                invalid("enroll student id zero", r -> r.enroll(0, 1), "student id must be positive, was 0"),
                invalid("enroll course id negative", r -> r.enroll(1, -7), "course id must be positive, was -7"),
                invalid("drop student id negative", r -> r.drop(-1, 1), "student id must be positive, was -1"),
                invalid("deleteStudent id zero", r -> r.deleteStudent(0), "student id must be positive, was 0"),
                invalid("deleteCourse id negative", r -> r.deleteCourse(-2), "course id must be positive, was -2"),
                invalid("findStudent id zero", r -> r.findStudent(0), "student id must be positive"),
                invalid("findCourse id zero", r -> r.findCourse(0), "course id must be positive"),
                invalid("coursesOf id negative", r -> r.coursesOf(-5), "student id must be positive"),
                invalid("classmatesOf id zero", r -> r.classmatesOf(0), "student id must be positive"),
                invalid("enrollAll null list", r -> r.enrollAll(1, null), "course ids must not be null"),
                invalid("enrollAll null id", r -> r.enrollAll(1, Arrays.asList(1L, null)),
                        "course ids must not contain null"),
                invalid("enrollAll negative id", r -> r.enrollAll(1, List.of(1L, -1L)),
                        "course id must be positive, was -1"),
                invalid("capacity one past the maximum", r -> r.addCourse("Logic", Arguments.MAX_CAPACITY + 1),
                        "capacity must be between 1 and 100000, was 100001"),
                invalid("capacity the smallest int", r -> r.addCourse("Logic", Integer.MIN_VALUE),
                        "capacity must be between 1 and 100000"),
                invalid("page limit one past the maximum", r -> r.listStudents(0, Arguments.MAX_PAGE_LIMIT + 1),
                        "page limit must be between 1 and 1000, was 1001"),
                invalid("studentsIn name 101 characters", r -> r.studentsIn(tooLong),
                        "course name must be at most 100 characters, was 101"),
                invalid("course name 51 characters outside the BMP, 102 UTF-16 units",
                        r -> r.addCourse(tooLongOutsideTheBmp, 5),
                        "course name must be at most 100 characters, was 102"),
                invalid("findStudent the smallest long", r -> r.findStudent(Long.MIN_VALUE),
                        "student id must be positive, was " + Long.MIN_VALUE),
                invalid("enrollAll student id negative", r -> r.enrollAll(-4, List.of(1L)),
                        "student id must be positive, was -4"),
                invalid("enrollAll repeated id", r -> r.enrollAll(1, List.of(3L, 4L, 3L)),
                        "course ids must not repeat, 3 appears twice"),
                invalid("enrollAll one course more than the maximum",
                        r -> r.enrollAll(1, LongStream.rangeClosed(1, Arguments.MAX_ENROLL_ALL + 1).boxed().toList()),
                        "at most 1000 course ids at once, was 1001"),
                // PostgreSQL cannot store U+0000 in text, and stores an unpaired surrogate as '?': both are
                // refused up front, so that the same name never gets two outcomes on two databases
                invalid("student name with a NUL", r -> r.addStudent("Bad\u0000Name"),
                        "student name must not contain U+0000 (NUL), found at index 3"),
                invalid("student name with a lone high surrogate", r -> r.addStudent("Bad\uD800Name"),
                        "student name must not contain an unpaired surrogate, found U+D800 at index 3"),
                invalid("course name ending in a high surrogate", r -> r.addCourse("Lab \uDBFF", 5),
                        "course name must not contain an unpaired surrogate, found U+DBFF at index 4"),
                invalid("course name with a lone low surrogate", r -> r.addCourse("\uDC00Lab", 5),
                        "course name must not contain an unpaired surrogate, found U+DC00 at index 0"),
                invalid("studentsIn name with a NUL", r -> r.studentsIn("Physics\u0000"),
                        "course name must not contain U+0000 (NUL), found at index 7"),
                invalid("student name only no-break spaces", r -> r.addStudent("\u00A0\u202F\u2007"),
                        "student name must not be blank"),
                invalid("course name only a zero-width space", r -> r.addCourse("\u200B", 5),
                        "course name must not be blank"),
                invalid("course name an ideographic space and a byte order mark", r -> r.addCourse("\u3000\uFEFF", 5),
                        "course name must not be blank"));
    }

    private static ArgumentSet invalid(String name, Consumer<Registrar> call, String problem) {
        return org.junit.jupiter.params.provider.Arguments.argumentSet(name, call, problem);
    }

    @Test
    void shouldReportALostDatabaseAsADatabaseFailure() throws Exception {
        // given a registrar whose pool has been closed: every connection request now fails
        Registrar cutOff;
        try (var pool = database.openSeparatePool()) {
            cutOff = implementation.factory().apply(pool);
        }
        try {
            // then the caller sees the domain's exception, naming the operation, never a technology's type
            assertThatThrownBy(() -> cutOff.addStudent("Alice"))
                    .isInstanceOf(DatabaseFailureException.class)
                    .hasMessageStartingWith("addStudent failed in the database");
            assertThatThrownBy(cutOff::courseStats)
                    .isInstanceOf(DatabaseFailureException.class)
                    .hasMessageStartingWith("courseStats failed in the database");
        } finally {
            cutOff.close();
        }
    }

    @Test
    void shouldEnrollInTheLargestNumberOfCoursesEnrollAllTakes() {
        // given as many courses as one enrollAll may name, stored in one import
        var names = IntStream.range(0, Arguments.MAX_ENROLL_ALL).mapToObj("Course %04d"::formatted).toList();
        var imported = registrar.importSchool(new SchoolImport(List.of(),
                names.stream().map(name -> new SchoolImport.NewCourse(name, 1)).toList(), List.of()));
        var student = registrar.addStudent("Keen");

        registrar.enrollAll(student.id(), imported.courseIds());

        assertThat(registrar.coursesOf(student.id())).extracting(Course::name).containsExactlyElementsOf(names);
        assertThat(registrar.courseStats()).allSatisfy(stats -> assertThat(stats.freePlaces()).isZero());
    }

    @Test
    void shouldInsertTheLinksOfEnrollAllInOneJdbcBatch() {
        var student = registrar.addStudent("Kim");
        var courseIds = new ArrayList<Long>();
        for (int c = 0; c < 6; c++) {
            courseIds.add(registrar.addCourse("Course " + c, 10).id());
        }
        statements.reset();

        registrar.enrollAll(student.id(), courseIds);

        var inserts = statements.statements().stream()
                .filter(statement -> statement.sql().get(0).strip().toLowerCase(Locale.ROOT)
                        .startsWith("insert into enrollment"))
                .toList();
        assertThat(inserts).as("inserts into enrollment").singleElement().satisfies(insert -> {
            assertThat(insert.batch()).as("sent as a JDBC batch").isTrue();
            assertThat(insert.batchSize()).isEqualTo(6);
        });
        assertThat(registrar.coursesOf(student.id())).hasSize(6);
    }

    // tag::unmodifiable[]
    @Test
    void shouldReturnListsNoCallerCanChange() {
        var seed = seed();
        long bob = seed.bob().id();
        long mathematics = seed.mathematics().id();
        registrar.grade(bob, mathematics, Grade.of(80));
        registrar.addStudent("Idle");

        var lists = List.<List<?>>of(
                registrar.studentsIn("Mathematics"),
                registrar.coursesOf(bob),
                registrar.findStudent(bob).courses(),
                registrar.findCourse(mathematics).students(),
                registrar.listStudents(0, 10),
                registrar.listStudents(0, 10).get(0).courses(),
                registrar.courseStats(),
                registrar.classmatesOf(bob),
                registrar.studentsWithoutCourses(),
                registrar.transcriptOf(bob),
                registrar.rosterOf(mathematics),
                registrar.gradedAtLeast(mathematics, Grade.of(50)));

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

    // --- statement counts: no N+1 ------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @EnumSource(ReadOperation.class)
    void shouldSendTheSameNumberOfStatementsForSmallAndLargeData(ReadOperation operation) {
        int expected = implementation.statementsFor(operation);

        var small = SampleSchool.create(registrar, 3, 2, 2);
        statements.reset();
        int smallResult = rowsBehind(read(operation, small));
        int smallCount = statements.count();

        database.clean(rawDataSource);
        var large = SampleSchool.create(registrar, 60, 12, 4);
        statements.reset();
        int largeResult = rowsBehind(read(operation, large));
        int largeCount = statements.count();

        assertThat(largeResult).as("the larger data set gives %s a larger result", operation)
                .isGreaterThanOrEqualTo(smallResult);
        assertThat(smallCount).as("%s statements on 3 students", operation).isEqualTo(expected);
        assertThat(largeCount).as("%s statements on 60 students", operation).isEqualTo(expected);
    }

    private Object read(ReadOperation operation, SampleSchool school) {
        return switch (operation) {
            case STUDENTS_IN -> registrar.studentsIn(school.firstCourse().name());
            case COURSES_OF -> registrar.coursesOf(school.firstStudent().id());
            case FIND_STUDENT -> registrar.findStudent(school.firstStudent().id());
            case FIND_COURSE -> registrar.findCourse(school.firstCourse().id());
            case LIST_STUDENTS -> registrar.listStudents(0, 50);
            case COURSE_STATS -> registrar.courseStats();
            case CLASSMATES_OF -> registrar.classmatesOf(school.firstStudent().id());
            case STUDENTS_WITHOUT_COURSES -> registrar.studentsWithoutCourses();
            case TRANSCRIPT_OF -> registrar.transcriptOf(school.firstStudent().id());
            case ROSTER_OF -> registrar.rosterOf(school.firstCourse().id());
            case GRADED_AT_LEAST -> registrar.gradedAtLeast(school.firstCourse().id(), Grade.of(50));
        };
    }

    /** The number of rows behind a read's result, to show the larger data set really is larger. */
    private static int rowsBehind(Object result) {
        if (result instanceof StudentWithCourses student) {
            return student.courses().size();
        }
        if (result instanceof CourseWithStudents course) {
            return course.students().size();
        }
        return ((List<?>) result).stream()
                .mapToInt(row -> row instanceof StudentWithCourses student ? 1 + student.courses().size() : 1)
                .sum();
    }

    // --- helpers ---------------------------------------------------------------------------

    private static long lastId(List<StudentWithCourses> page) {
        return page.get(page.size() - 1).student().id();
    }

    /** An id no student has: one that existed and was deleted. */
    private void assertWritesNothing(ThrowingCallable call) {
        var before = DatabaseSnapshot.of(rawDataSource);
        try {
            call.call();
        } catch (Throwable e) {
            throw new AssertionError("expected no failure, got " + e, e);
        }
        assertThat(DatabaseSnapshot.of(rawDataSource)).isEqualTo(before);
    }
}
