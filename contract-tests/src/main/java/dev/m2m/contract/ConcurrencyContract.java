package dev.m2m.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.m2m.core.AlreadyEnrolledException;
import dev.m2m.core.Course;
import dev.m2m.core.CourseFullException;
import dev.m2m.core.CourseStats;
import dev.m2m.core.Student;
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
