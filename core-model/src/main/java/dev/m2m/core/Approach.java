package dev.m2m.core;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What an approach writes, and the one way it becomes a {@link Registrar}. An approach is its
 * transactions and four parts that work inside one: its {@link RegistrarReads}, its
 * {@link RegistrarWrites}, its {@link EnrollmentReads} (the association object) and its bulk
 * {@link SchoolImporter}; each module names its classes after them. Each part is made
 * for the session {@code S} its transactions open (an {@code EntityManager}, a {@code SqlSession}, a
 * {@code DSLContext}, or {@code Void} where the technology binds the transaction to the thread), and runs
 * inside it: no part opens, commits or rolls back anything.
 *
 * <p>{@link #registrar} does the rest, once for every approach: which calls read and which write,
 * {@code enroll} as an {@code enrollAll} of one course, {@code coursesOf} from {@code findStudent}, and,
 * through {@link CheckedRegistrar}, the argument checks, the refusal once closed and the exception
 * policy. So an approach module holds only its lesson: its mapping, its SQL or queries, and its
 * transaction runner.
 *
 * @param transactions    how one call becomes one transaction
 * @param reads           the reads, made for one call's session
 * @param writes          the writes, made for one call's session
 * @param enrollmentReads the reads of the association object, made for one call's session
 * @param importer        the bulk import, made for one call's session
 * @param <S>             what the approach's transactions hand to the work inside them
 */
public record Approach<S>(
        Transactions<S> transactions,
        Function<S, RegistrarReads> reads,
        Function<S, RegistrarWrites> writes,
        Function<S, EnrollmentReads> enrollmentReads,
        Function<S, SchoolImporter> importer) {

    /**
     * This approach as a {@link Registrar}, held to the checks and the exception policy of
     * {@link CheckedRegistrar}.
     *
     * @param isDatabaseFailure which of the exceptions the approach lets escape are its technology's report of
     *                          a failed database call (Spring's {@code DataAccessException}, JPA's and MyBatis's
     *                          {@code PersistenceException}, ...)
     */
    public Registrar registrar(Predicate<RuntimeException> isDatabaseFailure) {
        return CheckedRegistrar.of(new TransactionalRegistrar<>(this), isDatabaseFailure);
    }

    /**
     * One transaction per call: committed when the work returns, rolled back when it throws, and what
     * escapes left for {@link CheckedRegistrar} to pass or translate.
     */
    public interface Transactions<S> extends AutoCloseable {

        /** A transaction that only reads: read-only wherever the technology allows it. */
        <T> T read(Function<S, T> work);

        /** A transaction that writes, and returns what the work returns ({@code null} for nothing). */
        <T> T write(Function<S, T> work);

        /**
         * A write of many rows ({@code enrollAll}, {@code importSchool}): the same as {@link #write} where the
         * technology batches inside any transaction; MyBatis chooses its executor when it opens the session,
         * and opens a batching one here.
         */
        default <T> T writeMany(Function<S, T> work) {
            return write(work);
        }

        /** Releases what the approach built for itself (never the caller's DataSource); twice is harmless. */
        @Override
        default void close() {
        }
    }

    /** The reads of {@link Registrar}, each a fixed number of statements; what they promise is said there. */
    public interface RegistrarReads {

        List<Student> studentsIn(String courseName);

        StudentWithCourses findStudent(long studentId);

        CourseWithStudents findCourse(long courseId);

        List<StudentWithCourses> listStudents(long afterId, int limit);

        List<CourseStats> courseStats();

        List<Student> classmatesOf(long studentId);

        List<Student> studentsWithoutCourses();
    }

    /** The writes of {@link Registrar}; each throws its domain exception before it has written anything. */
    public interface RegistrarWrites {

        Student addStudent(String name);

        Course addCourse(String name, int capacity);

        void enrollAll(long studentId, List<Long> courseIds);

        void drop(long studentId, long courseId);

        void grade(long studentId, long courseId, Grade grade);

        void deleteStudent(long studentId);

        void deleteCourse(long courseId);
    }

    /** The reads of the association object: the link's grade and enrolment time. */
    public interface EnrollmentReads {

        List<Enrollment> transcriptOf(long studentId);

        List<Enrollment> rosterOf(long courseId);

        List<Enrollment> gradedAtLeast(long courseId, Grade minimum);
    }

    /** The bulk import of {@link Registrar#importSchool}. */
    public interface SchoolImporter {

        ImportedSchool importSchool(SchoolImport school);
    }
}
