package dev.m2m.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.m2m.core.AlreadyEnrolledException;
import dev.m2m.core.Course;
import dev.m2m.core.CourseFullException;
import dev.m2m.core.CourseStats;
import dev.m2m.core.Enrollment;
import dev.m2m.core.Grade;
import dev.m2m.core.Student;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowingConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Calls that race to enrol. Whatever locking an approach uses, a course never holds more students than its
 * capacity, no link is lost or doubled, and enrolments over the same courses in opposite orders never
 * deadlock nor end in a {@link dev.m2m.core.DatabaseFailureException}. The races a call loses (to a delete,
 * a drop, an import) are {@link RaceLoserContract}'s. Shuffles use fixed seeds; the
 * interleaving is the scheduler's, so the races of short calls run for many rounds (the count is in
 * the test's name, {@code -Dm2m.race.rounds=...} changes it).
 */
public interface ConcurrencyContract extends ContractFixture {

    int THREADS = 8;

    /**
     * Rounds enough to catch an interleaving that one round in a hundred hits, 99 times in a hundred:
     * 0.99^460 < 0.01.
     */
    int RACE_ROUNDS = 460;

    static Stream<Integer> raceRounds() {
        return Stream.of(Integer.getInteger("m2m.race.rounds", RACE_ROUNDS));
    }

    /** A link as the tests track it. */
    record Link(long studentId, long courseId) {
    }

    // tag::race[]
    @Test
    default void shouldFillEachCourseExactlyToCapacityWhenEightThreadsRaceToEnrol() throws InterruptedException {
        // given 3 courses of 4 places, and 30 students who each try all 3 courses, in shuffled order
        var registrar = registrar();
        var courses = List.of(registrar.addCourse("Race A", 4), registrar.addCourse("Race B", 4),
                registrar.addCourse("Race C", 4));
        var attempts = new ArrayList<Link>();
        for (int s = 0; s < 30; s++) {
            var student = registrar.addStudent("Racer " + s);
            courses.forEach(course -> attempts.add(new Link(student.id(), course.id())));
        }
        Collections.shuffle(attempts, new Random(42));

        // when
        var outcomes = Race.run(THREADS, attempts, link -> registrar.enroll(link.studentId(), link.courseId()));

        // then every refusal says the course is full, and each course holds exactly its capacity
        assertThat(outcomes).filteredOn(outcome -> !outcome.succeeded())
                .allSatisfy(outcome -> assertThat(outcome.failure()).isInstanceOf(CourseFullException.class));
        var accepted = outcomes.stream().filter(Race.Outcome::succeeded).map(Race.Outcome::task).toList();
        assertThat(registrar.courseStats()).allSatisfy(stats -> assertThat(stats.enrolled()).isEqualTo(4));
        assertThat(linksInDatabase(courses)).containsExactlyInAnyOrderElementsOf(accepted);
    }
    // end::race[]

    @Test
    default void shouldRefuseTheSameLinkTwiceWhenEightThreadsTryItAtOnce() throws InterruptedException {
        // given one student and one roomy course, and 8 threads each trying the same enrolment 5 times
        var registrar = registrar();
        var student = registrar.addStudent("Eager");
        var course = registrar.addCourse("Popular", 50);
        var attempts = new ArrayList<Link>();
        for (int a = 0; a < THREADS * 5; a++) {
            attempts.add(new Link(student.id(), course.id()));
        }

        // when
        var outcomes = Race.run(THREADS, attempts, link -> registrar.enroll(link.studentId(), link.courseId()));

        // then exactly one succeeded, every other was told the student is enrolled already
        assertThat(outcomes).filteredOn(Race.Outcome::succeeded).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.succeeded())
                .allSatisfy(outcome -> assertThat(outcome.failure()).isInstanceOf(AlreadyEnrolledException.class));
        assertThat(registrar.studentsIn("Popular")).containsExactly(student);
    }

    @Test
    default void shouldKeepEveryLinkWhileEightThreadsDropAndEnrolAgain() throws InterruptedException {
        // given 2 courses of 3 places; each thread owns 2 students and flips their links 25 times
        var registrar = registrar();
        var courses = List.of(registrar.addCourse("Flip A", 3), registrar.addCourse("Flip B", 3));
        Set<Link> expected = ConcurrentHashMap.newKeySet();
        var overbooked = new AtomicInteger();
        var finished = new AtomicInteger();
        var jobs = new ArrayList<Runnable>();
        for (int t = 0; t < THREADS; t++) {
            var mine = List.of(registrar.addStudent("Flipper " + t + "a"), registrar.addStudent("Flipper " + t + "b"));
            var random = new Random(t);
            jobs.add(() -> {
                var linked = new HashSet<Link>();
                for (int i = 0; i < 25; i++) {
                    var link = new Link(mine.get(random.nextInt(2)).id(), courses.get(random.nextInt(2)).id());
                    if (linked.remove(link)) {
                        registrar.drop(link.studentId(), link.courseId());
                    } else {
                        try {
                            registrar.enroll(link.studentId(), link.courseId());
                            linked.add(link);
                        } catch (CourseFullException full) {
                            // refused while the course was full: the link stays absent
                        }
                    }
                }
                expected.addAll(linked);
                finished.incrementAndGet();
            });
        }
        // and a ninth thread that keeps reading the counts while the others write
        jobs.add(() -> {
            while (finished.get() < THREADS) {
                for (CourseStats stats : registrar.courseStats()) {
                    if (stats.enrolled() > stats.course().capacity()) {
                        overbooked.incrementAndGet();
                    }
                }
            }
        });

        // when
        Race.together(jobs);

        // then
        assertThat(overbooked).as("times a course was seen holding more than its capacity").hasValue(0);
        assertThat(linksInDatabase(courses)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    default void shouldNotDeadlockWhenEnrollAllTakesOverlappingCoursesInOppositeOrders() throws InterruptedException {
        // given 4 roomy courses, and 16 students who enrol in all of them at once, half of them backwards
        var registrar = registrar();
        var courseIds = new ArrayList<Long>();
        for (int c = 0; c < 4; c++) {
            courseIds.add(registrar.addCourse("Overlap " + c, 100).id());
        }
        var backwards = new ArrayList<>(courseIds);
        Collections.reverse(backwards);
        var students = new ArrayList<Student>();
        for (int s = 0; s < 16; s++) {
            students.add(registrar.addStudent("Both ways " + s));
        }

        // when
        var outcomes = Race.run(THREADS, students, student ->
                registrar.enrollAll(student.id(), student.id() % 2 == 0 ? courseIds : backwards));

        // then
        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.failure()).as("enrollAll failed").isNull());
        assertThat(registrar.courseStats()).allSatisfy(stats -> assertThat(stats.enrolled()).isEqualTo(16));
    }

    /**
     * Writes to a student's other links race the deletion of one of the student's courses: all succeed,
     * whichever comes first; the grade and the new link are kept; and no link is left naming the deleted
     * course. An approach that writes all of a student's links again at every save (Spring Data JDBC) must
     * lock the courses it writes back: otherwise its save fails on the deleted course, or on H2, which does
     * not wait for an uncommitted delete of the row a foreign key names, puts the deleted course's link back.
     */
    @ParameterizedTest(name = "{0} rounds")
    @MethodSource("dev.m2m.contract.ConcurrencyContract#raceRounds")
    default void shouldKeepAStudentsOtherLinksAndNoneToACourseDeletedMeanwhile(int rounds)
            throws InterruptedException {
        var registrar = registrar();
        try (var race = new Race.Rounds(3)) {
            for (int round = 1; round <= rounds; round++) {
                // given a student in two courses, and a third course to join
                long student = registrar.addStudent("Busy " + round).id();
                long kept = registrar.addCourse("Kept " + round, 10).id();
                long doomed = registrar.addCourse("Doomed " + round, 10).id();
                long joined = registrar.addCourse("Joined " + round, 10).id();
                registrar.enrollAll(student, List.of(kept, doomed));

                // when the student is graded in one and joins the third while the other is deleted
                var failures = race.together(List.of(
                        () -> registrar.grade(student, kept, Grade.of(70)),
                        () -> registrar.enroll(student, joined),
                        () -> registrar.deleteCourse(doomed)));

                // then
                var where = "round " + round + " of " + rounds;
                assertThat(failures).as(where).allSatisfy(succeeded());
                assertThat(registrar.transcriptOf(student)).as(where)
                        .extracting(enrollment -> enrollment.course().id(), Enrollment::grade)
                        .containsExactlyInAnyOrder(tuple(kept, Grade.of(70)), tuple(joined, null));
                assertThat(linksToMissingCourses()).as("%s: links naming a deleted course", where).isZero();
            }
        }
    }

    private long linksToMissingCourses() {
        try (var connection = pool().getConnection();
             var statement = connection.createStatement();
             var rows = statement.executeQuery(
                     "SELECT COUNT(*) FROM enrollment e WHERE NOT EXISTS (SELECT 1 FROM course c WHERE c.id = e.course_id)")) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ThrowingConsumer<Throwable> succeeded() {
        return failure -> assertThat(failure).as("success").isNull();
    }

    private List<Link> linksInDatabase(List<Course> courses) {
        var links = new ArrayList<Link>();
        for (Course course : courses) {
            for (Student student : registrar().findCourse(course.id()).students()) {
                links.add(new Link(student.id(), course.id()));
            }
        }
        return links;
    }
}
