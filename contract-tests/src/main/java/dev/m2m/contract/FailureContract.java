package dev.m2m.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Named.named;

import dev.m2m.core.AlreadyEnrolledException;
import dev.m2m.core.ArgumentChecks;
import dev.m2m.core.Course;
import dev.m2m.core.DatabaseFailureException;
import dev.m2m.core.DuplicateCourseNameException;
import dev.m2m.core.InvalidArgumentException;
import dev.m2m.core.NotFoundException;
import dev.m2m.core.Registrar;
import dev.m2m.core.Student;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments.ArgumentSet;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Failures and bad input: each refused with its domain exception and a message naming the problem, the
 * database left as it was; invalid arguments refused before any statement; a lost database reported as a
 * database failure.
 */
public interface FailureContract extends ContractFixture {

    @Test
    default void shouldRejectADuplicateEnrolment() {
        var seed = seed();

        var refused = assertFailsWritingNothing(() -> registrar().enroll(seed.bob().id(), seed.physics().id()),
                AlreadyEnrolledException.class,
                "student " + seed.bob().id() + " is already enrolled in course " + seed.physics().id());

        assertThat(refused).extracting(AlreadyEnrolledException::studentId, AlreadyEnrolledException::courseId)
                .containsExactly(seed.bob().id(), seed.physics().id());
    }

    @Test
    default void shouldReportAlreadyEnrolledBeforeFullForAStudentInAFullCourse() {
        var seminar = registrar().addCourse("Seminar", 1);
        var student = registrar().addStudent("Only");
        registrar().enroll(student.id(), seminar.id());

        assertFailsWritingNothing(() -> registrar().enroll(student.id(), seminar.id()),
                AlreadyEnrolledException.class, "is already enrolled");
    }

    @Test
    default void shouldRejectADuplicateCourseName() {
        registrar().addCourse("Physics", 30);

        var refused = assertFailsWritingNothing(() -> registrar().addCourse("Physics", 10),
                DuplicateCourseNameException.class, "a course named 'Physics' already exists");

        assertThat(refused.name()).isEqualTo("Physics");
        assertThat(registrar().addCourse("physics", 10).name()).isEqualTo("physics");
    }

    @Test
    default void shouldRejectDroppingALinkThatDoesNotExist() {
        var seed = seed();

        var refused = assertFailsWritingNothing(() -> registrar().drop(seed.alice().id(), seed.physics().id()),
                NotFoundException.class,
                "enrollment of student " + seed.alice().id() + " in course " + seed.physics().id() + " not found");

        assertThat(refused.kind()).isEqualTo("enrollment");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operationsOnAStudent")
    default void shouldRejectAnUnknownStudent(Consumer<StudentCall> operation) {
        var seed = seed();
        long unknown = unknownStudentId();

        var call = new StudentCall(registrar(), unknown, seed.mathematics());

        var refused = assertFailsWritingNothing(() -> operation.accept(call),
                NotFoundException.class, "student " + unknown + " not found");

        assertThat(refused).extracting(NotFoundException::kind, NotFoundException::key)
                .containsExactly("student", Long.toString(unknown));
    }

    /** An operation given a student id and an existing course. */
    record StudentCall(Registrar registrar, long studentId, Course course) {
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
    default void shouldRejectAnUnknownCourse(Consumer<CourseCall> operation) {
        var seed = seed();
        long unknown = unknownCourseId();

        var call = new CourseCall(registrar(), seed.alice(), unknown);

        var refused = assertFailsWritingNothing(() -> operation.accept(call),
                NotFoundException.class, "course " + unknown + " not found");

        assertThat(refused).extracting(NotFoundException::kind, NotFoundException::key)
                .containsExactly("course", Long.toString(unknown));
    }

    /** An operation given an existing student and a course id. */
    record CourseCall(Registrar registrar, Student student, long courseId) {
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
    default void shouldRejectAnUnknownCourseName() {
        seed();

        var refused = assertFailsWritingNothing(() -> registrar().studentsIn("Astronomy"),
                NotFoundException.class, "course named 'Astronomy' not found");

        assertThat(refused).extracting(NotFoundException::kind, NotFoundException::key)
                .containsExactly("course", "Astronomy");
    }

    @ParameterizedTest
    @MethodSource("invalidArguments")
    default void shouldRejectAnInvalidArgumentBeforeSendingAnyStatement(Consumer<Registrar> call, String problem) {
        seed();
        statements().reset();

        assertFailsWritingNothing(() -> call.accept(registrar()), InvalidArgumentException.class, problem);

        assertThat(statements().count()).as("statements sent before the argument was rejected").isZero();
    }

    static Stream<ArgumentSet> invalidArguments() {
        String tooLong = "x".repeat(ArgumentChecks.MAX_NAME_LENGTH + 1);
        String tooLongOutsideTheBmp = "\uD83C\uDF93".repeat(ArgumentChecks.MAX_NAME_LENGTH / 2 + 1);
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
                invalid("capacity one past the maximum", r -> r.addCourse("Logic", ArgumentChecks.MAX_CAPACITY + 1),
                        "capacity must be between 1 and 100000, was 100001"),
                invalid("capacity the smallest int", r -> r.addCourse("Logic", Integer.MIN_VALUE),
                        "capacity must be between 1 and 100000"),
                invalid("page limit one past the maximum", r -> r.listStudents(0, ArgumentChecks.MAX_PAGE_LIMIT + 1),
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
                        r -> r.enrollAll(1,
                                LongStream.rangeClosed(1, ArgumentChecks.MAX_ENROLL_ALL + 1).boxed().toList()),
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
    default void shouldReportALostDatabaseAsADatabaseFailure() throws Exception {
        // given a registrar whose pool has been closed: every connection request now fails
        Registrar cutOff;
        try (var pool = database().openSeparatePool()) {
            cutOff = implementation().factory().apply(pool);
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
}
