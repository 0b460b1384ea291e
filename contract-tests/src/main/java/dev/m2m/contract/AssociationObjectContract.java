package dev.m2m.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.m2m.core.Course;
import dev.m2m.core.Enrollment;
import dev.m2m.core.Grade;
import dev.m2m.core.InvalidArgumentException;
import dev.m2m.core.NotFoundException;
import dev.m2m.core.Student;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The association object: the link carries data of its own, a time the database sets and a grade.
 * Every approach reads the same values, and the failures are the ones of the plain link.
 */
public interface AssociationObjectContract extends ContractFixture {

    @Test
    default void shouldStampEachEnrolmentWithTheDatabaseTimeAndNoGrade() throws SQLException {
        var registrar = registrar();
        var alice = registrar.addStudent("Alice");
        var physics = registrar.addCourse("Physics", 10);
        var before = Instant.now().minus(1, ChronoUnit.MINUTES);

        registrar.enroll(alice.id(), physics.id());

        var enrollment = registrar.transcriptOf(alice.id()).get(0);
        assertThat(enrollment.student()).isEqualTo(alice);
        assertThat(enrollment.course()).isEqualTo(physics);
        assertThat(enrollment.gradeIfAny()).isEmpty();
        assertThat(enrollment.enrolledAt()).isBetween(before, Instant.now().plus(1, ChronoUnit.MINUTES));
        assertThat(enrollment.enrolledAt()).as("the time in the row").isEqualTo(enrolledAtInDatabase(alice, physics));
    }

    @Test
    default void shouldReadTheSameEnrolmentEverywhere() {
        var registrar = registrar();
        var alice = registrar.addStudent("Alice");
        var physics = registrar.addCourse("Physics", 10);
        registrar.enroll(alice.id(), physics.id());
        registrar.grade(alice.id(), physics.id(), Grade.of(91));

        var fromTranscript = registrar.transcriptOf(alice.id());
        var fromRoster = registrar.rosterOf(physics.id());
        var fromFilter = registrar.gradedAtLeast(physics.id(), Grade.of(90));

        assertThat(fromTranscript).hasSize(1).isEqualTo(fromRoster).isEqualTo(fromFilter);
        assertThat(fromTranscript.get(0).grade()).isEqualTo(Grade.of(91));
    }

    @Test
    default void shouldListATranscriptByCourseNameWithEachGrade() {
        var registrar = registrar();
        var kim = registrar.addStudent("Kim");
        var zoology = registrar.addCourse("Zoology", 5);
        var algebra = registrar.addCourse("Algebra", 5);
        var music = registrar.addCourse("Music", 5);
        registrar.enrollAll(kim.id(), List.of(zoology.id(), algebra.id(), music.id()));
        registrar.grade(kim.id(), zoology.id(), Grade.of(55));
        registrar.grade(kim.id(), algebra.id(), Grade.of(80));

        var transcript = registrar.transcriptOf(kim.id());

        assertThat(transcript).extracting(Enrollment::course).containsExactly(algebra, music, zoology);
        assertThat(transcript).extracting(Enrollment::grade).containsExactly(Grade.of(80), null, Grade.of(55));
    }

    @Test
    default void shouldListARosterByStudentNameWithEachGrade() {
        var registrar = registrar();
        var course = registrar.addCourse("Drama", 5);
        var zoe = registrar.addStudent("Zoe");
        var ann = registrar.addStudent("Ann");
        registrar.enroll(zoe.id(), course.id());
        registrar.enroll(ann.id(), course.id());
        registrar.grade(zoe.id(), course.id(), Grade.of(70));

        var roster = registrar.rosterOf(course.id());

        assertThat(roster).extracting(Enrollment::student).containsExactly(ann, zoe);
        assertThat(roster).extracting(Enrollment::grade).containsExactly(null, Grade.of(70));
    }

    @Test
    default void shouldFilterOnTheGradeBestFirstLeavingOutTheUngraded() {
        // given five students: 90, 75, 75, 60 points and one ungraded
        var registrar = registrar();
        var course = registrar.addCourse("Chemistry", 10);
        var best = enrolled("Bea", course);
        var secondA = enrolled("Cal", course);
        var secondB = enrolled("Abe", course);
        var below = enrolled("Dan", course);
        enrolled("Eve", course);
        registrar.grade(best.id(), course.id(), Grade.of(90));
        registrar.grade(secondA.id(), course.id(), Grade.of(75));
        registrar.grade(secondB.id(), course.id(), Grade.of(75));
        registrar.grade(below.id(), course.id(), Grade.of(60));

        // then the filter keeps 75 and up, best first, ties by name
        assertThat(registrar.gradedAtLeast(course.id(), Grade.of(75))).extracting(Enrollment::student)
                .containsExactly(best, secondB, secondA);
        assertThat(registrar.gradedAtLeast(course.id(), Grade.of(91))).isEmpty();
        assertThat(registrar.gradedAtLeast(course.id(), Grade.of(0))).hasSize(4);
    }

    @Test
    default void shouldReplaceAnEarlierGrade() {
        var registrar = registrar();
        var kim = enrolled("Kim", registrar.addCourse("History", 5));
        long courseId = registrar.coursesOf(kim.id()).get(0).id();

        registrar.grade(kim.id(), courseId, Grade.of(40));
        registrar.grade(kim.id(), courseId, Grade.of(65));

        assertThat(registrar.transcriptOf(kim.id())).extracting(Enrollment::grade).containsExactly(Grade.of(65));
    }

    @Test
    default void shouldStartUngradedAgainAfterDroppingAndEnrollingAgain() throws InterruptedException {
        var registrar = registrar();
        var history = registrar.addCourse("History", 5);
        var kim = enrolled("Kim", history);
        registrar.grade(kim.id(), history.id(), Grade.of(88));
        var first = registrar.transcriptOf(kim.id()).get(0).enrolledAt();
        Thread.sleep(5);

        registrar.drop(kim.id(), history.id());
        registrar.enroll(kim.id(), history.id());

        var again = registrar.transcriptOf(kim.id()).get(0);
        assertThat(again.gradeIfAny()).as("grade after enrolling again").isEmpty();
        assertThat(again.enrolledAt()).isAfter(first);
    }

    @Test
    default void shouldReturnEmptyListsForAStudentWithoutCoursesAndAnEmptyCourse() {
        var registrar = registrar();
        var idle = registrar.addStudent("Idle");
        var empty = registrar.addCourse("Empty", 5);

        assertThat(registrar.transcriptOf(idle.id())).isEmpty();
        assertThat(registrar.rosterOf(empty.id())).isEmpty();
        assertThat(registrar.gradedAtLeast(empty.id(), Grade.of(0))).isEmpty();
    }

    @Test
    default void shouldRejectGradingALinkThatDoesNotExist() {
        var registrar = registrar();
        var kim = registrar.addStudent("Kim");
        var history = registrar.addCourse("History", 5);

        assertFailsWritingNothing(() -> registrar.grade(kim.id(), history.id(), Grade.of(50)),
                NotFoundException.class,
                "enrollment of student " + kim.id() + " in course " + history.id() + " not found");
    }

    @Test
    default void shouldRejectTheLinksDataOfUnknownStudentsAndCourses() {
        var registrar = registrar();
        var kim = enrolled("Kim", registrar.addCourse("History", 5));
        long course = registrar.coursesOf(kim.id()).get(0).id();
        long ghost = unknownStudentId();
        long gone = unknownCourseId();

        assertFailsWritingNothing(() -> registrar.grade(ghost, course, Grade.of(50)),
                NotFoundException.class, "student " + ghost + " not found");
        assertFailsWritingNothing(() -> registrar.grade(kim.id(), gone, Grade.of(50)),
                NotFoundException.class, "course " + gone + " not found");
        assertFailsWritingNothing(() -> registrar.transcriptOf(ghost),
                NotFoundException.class, "student " + ghost + " not found");
        assertFailsWritingNothing(() -> registrar.rosterOf(gone),
                NotFoundException.class, "course " + gone + " not found");
        assertFailsWritingNothing(() -> registrar.gradedAtLeast(gone, Grade.of(1)),
                NotFoundException.class, "course " + gone + " not found");
    }

    @Test
    default void shouldRejectAMissingOrImpossibleGrade() {
        var registrar = registrar();
        var kim = enrolled("Kim", registrar.addCourse("History", 5));
        long course = registrar.coursesOf(kim.id()).get(0).id();

        assertFailsWritingNothing(() -> registrar.grade(kim.id(), course, null),
                InvalidArgumentException.class, "grade must not be null");
        assertFailsWritingNothing(() -> registrar.gradedAtLeast(course, null),
                InvalidArgumentException.class, "grade must not be null");
        assertFailsWritingNothing(() -> registrar.grade(kim.id(), course, Grade.of(101)),
                InvalidArgumentException.class, "grade must be between 0 and 100 points, was 101");
        assertFailsWritingNothing(() -> registrar.grade(kim.id(), course, Grade.of(-1)),
                InvalidArgumentException.class, "grade must be between 0 and 100 points, was -1");
        assertFailsWritingNothing(() -> registrar.grade(-kim.id(), course, Grade.of(50)),
                InvalidArgumentException.class, "student id must be positive");
    }

    private Student enrolled(String name, Course course) {
        var student = registrar().addStudent(name);
        registrar().enroll(student.id(), course.id());
        return student;
    }

    private Instant enrolledAtInDatabase(Student student, Course course) throws SQLException {
        try (var connection = pool().getConnection();
             var statement = connection.prepareStatement(
                     "SELECT enrolled_at FROM enrollment WHERE student_id = ? AND course_id = ?")) {
            statement.setLong(1, student.id());
            statement.setLong(2, course.id());
            try (var rs = statement.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getObject(1, OffsetDateTime.class).toInstant();
            }
        }
    }
}
