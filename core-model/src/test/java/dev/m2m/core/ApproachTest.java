package dev.m2m.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * What every approach gets from {@link Approach#registrar}: which calls read and which write, and how
 * {@code enroll} and {@code coursesOf} are built. The stand-in transactions hand each call's work a session
 * named after the transaction that opened it; the stand-in parts record which session they were made for
 * and what was called on them. The contract tests hold each real approach to the same results.
 */
class ApproachTest {

    private static final Course LATIN = new Course(5, "Latin", 10);

    private final List<String> calls = new ArrayList<>();
    private int closed;

    private final Approach.Transactions<String> transactions = new Approach.Transactions<>() {
        @Override
        public <T> T read(Function<String, T> work) {
            return work.apply("read");
        }

        @Override
        public <T> T write(Function<String, T> work) {
            return work.apply("write");
        }

        @Override
        public <T> T writeMany(Function<String, T> work) {
            return work.apply("writeMany");
        }

        @Override
        public void close() {
            closed++;
        }
    };

    private final Registrar registrar = new Approach<>(transactions,
            session -> part(Approach.RegistrarReads.class, session),
            session -> part(Approach.RegistrarWrites.class, session),
            session -> part(Approach.EnrollmentReads.class, session),
            session -> part(Approach.SchoolImporter.class, session))
            .registrar(e -> false);

    /** A part made for one session, which records each call as "session: method arguments". */
    private <P> P part(Class<P> type, String session) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            calls.add(session + ": " + method.getName() + (args == null ? "" : " " + List.of(args)));
            if (method.getReturnType() == StudentWithCourses.class) {
                return new StudentWithCourses(new Student(1, "Ann"), List.of(LATIN));
            }
            return method.getReturnType() == List.class ? List.of() : null;
        }));
    }

    @Test
    void shouldRunEveryReadInAReadOnlyTransaction() {
        registrar.studentsIn("Latin");
        registrar.findStudent(1);
        registrar.findCourse(5);
        registrar.listStudents(0, 20);
        registrar.courseStats();
        registrar.classmatesOf(1);
        registrar.studentsWithoutCourses();
        registrar.transcriptOf(1);
        registrar.rosterOf(5);
        registrar.gradedAtLeast(5, Grade.of(60));

        assertThat(calls).containsExactly(
                "read: studentsIn [Latin]", "read: findStudent [1]", "read: findCourse [5]",
                "read: listStudents [0, 20]", "read: courseStats", "read: classmatesOf [1]",
                "read: studentsWithoutCourses", "read: transcriptOf [1]", "read: rosterOf [5]",
                "read: gradedAtLeast [5, Grade[points=60]]");
    }

    @Test
    void shouldRunEveryWriteInAWriteTransactionAndTheWritesOfManyRowsInABatchingOne() {
        registrar.addStudent("Ann");
        registrar.addCourse("Latin", 10);
        registrar.enrollAll(1, List.of(5L, 6L));
        registrar.drop(1, 5);
        registrar.grade(1, 6, Grade.of(90));
        registrar.deleteStudent(1);
        registrar.deleteCourse(6);
        registrar.importSchool(new SchoolImport(List.of("Ann"), List.of(), List.of()));

        assertThat(calls).containsExactly(
                "write: addStudent [Ann]", "write: addCourse [Latin, 10]", "writeMany: enrollAll [1, [5, 6]]",
                "write: drop [1, 5]", "write: grade [1, 6, Grade[points=90]]", "write: deleteStudent [1]",
                "write: deleteCourse [6]", "writeMany: importSchool [SchoolImport[studentNames=[Ann], courses=[], links=[]]]");
    }

    @Test
    void shouldEnrolInOneCourseAsAnEnrollAllOfThatCourse() {
        registrar.enroll(1, 5);

        assertThat(calls).containsExactly("writeMany: enrollAll [1, [5]]");
    }

    @Test
    void shouldReadCoursesOfAStudentThroughFindStudent() {
        assertThat(registrar.coursesOf(1)).containsExactly(LATIN);
        assertThat(calls).containsExactly("read: findStudent [1]");
    }

    @Test
    void shouldCloseTheApproachsTransactionsOnceHoweverOftenItIsClosed() {
        registrar.close();
        registrar.close();

        assertThat(closed).isEqualTo(1);
    }
}
