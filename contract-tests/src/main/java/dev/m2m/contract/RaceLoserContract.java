package dev.m2m.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.m2m.core.AlreadyEnrolledException;
import dev.m2m.core.ArgumentChecks;
import dev.m2m.core.DuplicateCourseNameException;
import dev.m2m.core.Grade;
import dev.m2m.core.NotFoundException;
import dev.m2m.core.SchoolImport;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowingConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Races that a call loses: an enrolment racing the deletion of its student, drops racing drops and
 * enrolments, deletes racing deletes, a grade racing a drop, an import racing a course of the same name.
 * The loser is told what it would have been told had it come second, with the same domain exception, and
 * nothing is left behind. The rounds are {@link ConcurrencyContract#RACE_ROUNDS} unless
 * {@code -Dm2m.race.rounds=...} says otherwise.
 */
public interface RaceLoserContract extends ContractFixture {

    // tag::delete-race[]
    @ParameterizedTest(name = "{0} rounds")
    @MethodSource("dev.m2m.contract.ConcurrencyContract#raceRounds")
    default void shouldLeaveNoEnrolmentOfAStudentDeletedWhileEnrolling(int rounds) throws InterruptedException {
        // given five roomy courses
        var registrar = registrar();
        var courseIds = new ArrayList<Long>();
        for (int c = 0; c < 5; c++) {
            courseIds.add(registrar.addCourse("Roomy " + c, ArgumentChecks.MAX_CAPACITY).id());
        }
        var enrolledFirst = new AtomicInteger();
        var deletedFirst = new AtomicInteger();
        try (var race = new Race.Rounds(4)) {
            for (int round = 1; round <= rounds; round++) {
                long student = registrar.addStudent("Leaving " + round).id();

                // when three calls enrol the student while a fourth deletes them
                var failures = race.together(List.of(
                        () -> registrar.enrollAll(student, courseIds),
                        () -> registrar.enrollAll(student, courseIds.subList(1, 4)),
                        () -> registrar.enroll(student, courseIds.get(2)),
                        () -> registrar.deleteStudent(student)));

                // then each enrolment came first (and went with the student) or was told the student is gone
                var where = "round " + round + " of " + rounds;
                assertThat(failures.get(3)).as("%s: deleteStudent", where).isNull();
                assertThat(failures.subList(0, 3)).as("%s: the enrolments", where)
                        .allSatisfy(anyOf(succeeded(), isA(AlreadyEnrolledException.class), notFound("student")));
                assertThat(enrolmentRowsOfStudent(student)).as("%s: enrolments left of the deleted student", where)
                        .isZero();
                (failures.subList(0, 3).contains(null) ? enrolledFirst : deletedFirst).incrementAndGet();
            }
        }
        // and the race really ran both ways, or the rounds above proved little
        assertThat(enrolledFirst).as("rounds where an enrolment came first (%s the other way)", deletedFirst)
                .hasPositiveValue();
        assertThat(deletedFirst).as("rounds where the delete came first (%s the other way)", enrolledFirst)
                .hasPositiveValue();
        assertThat(registrar.courseStats()).allSatisfy(stats -> assertThat(stats.enrolled()).isZero());
    }
    // end::delete-race[]

    @ParameterizedTest(name = "{0} rounds")
    @MethodSource("dev.m2m.contract.ConcurrencyContract#raceRounds")
    default void shouldTellOnlyOneOfFourConcurrentDropsThatItRemovedTheLink(int rounds) throws InterruptedException {
        var registrar = registrar();
        long course = registrar.addCourse("Crowded", ArgumentChecks.MAX_CAPACITY).id();
        try (var race = new Race.Rounds(4)) {
            for (int round = 1; round <= rounds; round++) {
                long student = registrar.addStudent("Dropper " + round).id();
                registrar.enroll(student, course);

                var failures = race.together(Collections.nCopies(4, () -> registrar.drop(student, course)));

                var where = "round " + round + " of " + rounds;
                assertThat(failures).as("%s: drops that succeeded", where).containsOnlyOnce((Throwable) null);
                assertThat(failures).as(where).allSatisfy(anyOf(succeeded(), notFound("enrollment")));
            }
        }
        assertThat(registrar.rosterOf(course)).isEmpty();
    }

    @Test
    default void shouldCountAsManySuccessfulDropsAsSuccessfulEnrolmentsOfOnePair() throws InterruptedException {
        // given one student and one course, and 8 threads enrolling and dropping that one pair at random
        var registrar = registrar();
        long student = registrar.addStudent("Flip-flop").id();
        long course = registrar.addCourse("Revolving door", 5).id();
        var enrolled = new AtomicInteger();
        var dropped = new AtomicInteger();
        var jobs = new ArrayList<Runnable>();
        for (int t = 0; t < ConcurrencyContract.THREADS; t++) {
            var random = new Random(100 + t);
            jobs.add(() -> {
                for (int i = 0; i < 40; i++) {
                    try {
                        if (random.nextBoolean()) {
                            registrar.enroll(student, course);
                            enrolled.incrementAndGet();
                        } else {
                            registrar.drop(student, course);
                            dropped.incrementAndGet();
                        }
                    } catch (AlreadyEnrolledException | NotFoundException refused) {
                        // the other state held: enrolled already, or no link to drop
                        if (refused instanceof NotFoundException notFound && !notFound.kind().equals("enrollment")) {
                            throw refused;
                        }
                    }
                }
            });
        }

        // when
        Race.together(jobs);

        // then every success changed the state: enrols and drops alternate, ending where the link says
        int linked = registrar.rosterOf(course).size();
        assertThat(enrolled.get() - dropped.get())
                .as("%d enrols succeeded, %d drops succeeded, %d link left", enrolled.get(), dropped.get(), linked)
                .isEqualTo(linked);
    }

    @ParameterizedTest(name = "{0} rounds")
    @MethodSource("dev.m2m.contract.ConcurrencyContract#raceRounds")
    default void shouldTellTheLosersOfConcurrentDeletesThatTheRowIsGone(int rounds) throws InterruptedException {
        var registrar = registrar();
        try (var race = new Race.Rounds(4)) {
            for (int round = 1; round <= rounds; round++) {
                long student = registrar.addStudent("Doomed " + round).id();
                long course = registrar.addCourse("Doomed " + round, 5).id();
                registrar.enroll(student, course);

                var failures = race.together(List.of(
                        () -> registrar.deleteStudent(student),
                        () -> registrar.deleteCourse(course),
                        () -> registrar.deleteStudent(student),
                        () -> registrar.deleteCourse(course)));

                var where = "round " + round + " of " + rounds;
                assertThat(Arrays.asList(failures.get(0), failures.get(2))).as("%s: deleteStudent twice", where)
                        .containsOnlyOnce((Throwable) null)
                        .allSatisfy(anyOf(succeeded(), notFound("student")));
                assertThat(Arrays.asList(failures.get(1), failures.get(3))).as("%s: deleteCourse twice", where)
                        .containsOnlyOnce((Throwable) null)
                        .allSatisfy(anyOf(succeeded(), notFound("course")));
            }
        }
        assertThat(DatabaseSnapshot.of(pool())).isEqualTo(new DatabaseSnapshot(List.of(), List.of(), List.of()));
    }

    @ParameterizedTest(name = "{0} rounds")
    @MethodSource("dev.m2m.contract.ConcurrencyContract#raceRounds")
    default void shouldGradeOrReportTheLinkGoneWhenGradingRacesADrop(int rounds) throws InterruptedException {
        var registrar = registrar();
        long course = registrar.addCourse("Graded", ArgumentChecks.MAX_CAPACITY).id();
        var gradedFirst = new AtomicInteger();
        var droppedFirst = new AtomicInteger();
        try (var race = new Race.Rounds(3)) {
            for (int round = 1; round <= rounds; round++) {
                long student = registrar.addStudent("Graded " + round).id();
                registrar.enroll(student, course);

                var failures = race.together(List.of(
                        () -> registrar.grade(student, course, Grade.of(70)),
                        () -> registrar.drop(student, course),
                        () -> registrar.grade(student, course, Grade.of(90))));

                var where = "round " + round + " of " + rounds;
                assertThat(failures.get(1)).as("%s: drop", where).isNull();
                var grades = Arrays.asList(failures.get(0), failures.get(2));
                assertThat(grades).as("%s: grades", where).allSatisfy(anyOf(succeeded(), notFound("enrollment")));
                if (grades.contains(null)) {
                    gradedFirst.incrementAndGet();
                }
                if (grades.stream().anyMatch(failure -> failure != null)) {
                    droppedFirst.incrementAndGet();
                }
            }
        }
        assertThat(gradedFirst).as("rounds where a grade came first (%s where the drop did)", droppedFirst)
                .hasPositiveValue();
        assertThat(droppedFirst).as("rounds where the drop came first (%s where a grade did)", gradedFirst)
                .hasPositiveValue();
        assertThat(registrar.rosterOf(course)).isEmpty();
    }

    @ParameterizedTest(name = "{0} rounds")
    @MethodSource("dev.m2m.contract.ConcurrencyContract#raceRounds")
    default void shouldNameTheCourseThatAConcurrentCallTookWhileAnImportRan(int rounds) throws InterruptedException {
        var registrar = registrar();
        try (var race = new Race.Rounds(2)) {
            for (int round = 1; round <= rounds; round++) {
                // given an import of 20 new courses, and another call adding the last of them at the same time
                String contested = "Contested " + round;
                var courses = new ArrayList<SchoolImport.NewCourse>();
                for (int c = 0; c < 19; c++) {
                    courses.add(new SchoolImport.NewCourse("Round " + round + " course " + c, 5));
                }
                courses.add(new SchoolImport.NewCourse(contested, 5));
                var school = new SchoolImport(List.of(), courses, List.of());

                var failures = race.together(List.of(
                        () -> registrar.importSchool(school),
                        () -> registrar.addCourse(contested, 5)));

                // then exactly one stores the name, and the other is told that it is taken, whichever checked first
                var where = "round " + round + " of " + rounds;
                assertThat(failures).as("%s: calls that succeeded", where).containsOnlyOnce((Throwable) null);
                assertThat(failures).as(where).allSatisfy(anyOf(succeeded(), failure ->
                        assertThat(failure).isInstanceOfSatisfying(DuplicateCourseNameException.class,
                                duplicate -> assertThat(duplicate.name()).isEqualTo(contested))));
            }
        }
    }

    private static ThrowingConsumer<Throwable> succeeded() {
        return failure -> assertThat(failure).as("success").isNull();
    }

    private static ThrowingConsumer<Throwable> isA(Class<? extends Throwable> type) {
        return failure -> assertThat(failure).isInstanceOf(type);
    }

    private static ThrowingConsumer<Throwable> notFound(String kind) {
        return failure -> assertThat(failure).isInstanceOfSatisfying(NotFoundException.class,
                notFound -> assertThat(notFound.kind()).isEqualTo(kind));
    }

    @SafeVarargs
    private static ThrowingConsumer<Throwable> anyOf(ThrowingConsumer<Throwable>... allowed) {
        return failure -> assertThat(failure).satisfiesAnyOf(allowed);
    }

    /** Counted past the registrar: a ghost link of a deleted student is invisible to its reads. */
    private long enrolmentRowsOfStudent(long studentId) {
        try (var connection = pool().getConnection();
             var statement = connection.prepareStatement("SELECT COUNT(*) FROM enrollment WHERE student_id = ?")) {
            statement.setLong(1, studentId);
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
