package dev.m2m.core;

import java.util.List;

/**
 * The school's registrar: students, courses, and who is enrolled in what.
 *
 * <p>Every method is one transaction: it commits whole or, when it throws, leaves the database as
 * it found it. Arguments are checked first, by {@link ArgumentChecks}, and rejected with an
 * {@link InvalidArgumentException} before any statement is sent; ids must be positive. Lists of
 * students are sorted by name, then id; lists of courses by name, then id. The database sorts, so names
 * compare in its collation (H2 compares UTF-16 code units, as {@link Student#BY_NAME_THEN_ID} does;
 * PostgreSQL uses the database's locale, which may place case and punctuation differently).
 * Every read sends a fixed number of SQL statements, whatever the amount of data: no N+1. Every list
 * returned, nested ones included, is unmodifiable.
 *
 * <p><b>Names.</b> A student's or a course's name is 1 to {@link ArgumentChecks#MAX_NAME_LENGTH} UTF-16
 * code units, stored and matched exactly as given (case, accents, spaces at either end). It must not be
 * blank: made only of whitespace, space separators (the no-break space U+00A0 among them), format and
 * control characters (the zero-width space U+200B, the byte order mark U+FEFF) and characters drawn as
 * nothing (Hangul fillers, the blank braille pattern, variation selectors). It must not contain
 * U+0000 nor half of a surrogate pair: PostgreSQL cannot store either (it refuses the first, and its
 * driver turns the second into '?'), so both are refused on every database alike.
 *
 * <p><b>Races.</b> Calls may run concurrently on one registrar. A call that loses a race gets what it
 * would have got had it come second: the loser of two deletes of one row, or a {@code drop} or
 * {@code grade} whose link a concurrent call removed, gets a {@link NotFoundException}; an enrolment
 * racing the deletion of its student either comes first (and its links go with the student) or is told
 * the student is not found, and never leaves a link behind; the same link enrolled twice at once gets
 * one {@link AlreadyEnrolledException}; enrolments racing for the last place get
 * {@link CourseFullException}. Races are decided by row locks, never by retries. One interleaving is
 * left to the database: several deletes at once of students and courses that share links lock those
 * links in the order each visits them, and can, rarely, deadlock; the database then aborts one of them,
 * which fails as a {@link DatabaseFailureException} and may be retried.
 *
 * <p><b>Failures.</b> Failures the database reports arrive as {@link RegistrarException}s, never as
 * a technology's own exception: the ones a caller can cause or prevent as the domain exception each
 * method names; only what no caller could have prevented (a lost connection, a timeout) as
 * {@link DatabaseFailureException}.
 *
 * <p><b>Closing.</b> {@link #close()} releases what the approach built on the {@code DataSource}
 * (Hibernate's {@code EntityManagerFactory}, say), never the {@code DataSource} itself, which belongs to
 * the caller. Closing twice is harmless. After it, every call whose arguments are valid throws an
 * {@link IllegalStateException} ("registrar is closed") and sends no statement.
 */
public interface Registrar extends AutoCloseable {

    // --- writes ---------------------------------------------------------------------------

    /**
     * Adds a student. Names need not be unique.
     *
     * @throws InvalidArgumentException the name is null, blank, longer than {@link ArgumentChecks#MAX_NAME_LENGTH}
     *                                  or holds a character PostgreSQL cannot store (see "Names" above)
     */
    Student addStudent(String name);

    /**
     * Adds a course that takes at most {@code capacity} students.
     *
     * @throws InvalidArgumentException     the name is not a valid name (see "Names" above), or the
     *                                      capacity is not between 1 and {@link ArgumentChecks#MAX_CAPACITY}
     * @throws DuplicateCourseNameException a course of that name exists
     */
    Course addCourse(String name, int capacity);

    /**
     * Stores a whole school at once, in one transaction, through the approach's batch path: the bulk
     * load, for an import or a migration, where one {@code addStudent} or {@code enroll} per row would
     * cost one round trip each. The new students and courses are linked only to each other. Any size
     * works that fits in memory: every list is sent in pieces of {@link SchoolImport#BATCH_SIZE}.
     *
     * @return the ids the database gave the new rows, in the order of the import's lists
     * @throws InvalidArgumentException     a name or capacity is invalid, a link points past the lists or
     *                                      appears twice, or a course is given more links than its capacity
     * @throws DuplicateCourseNameException two courses of the import share a name, or one is taken already;
     *                                      when several are taken, it names the first in the import's order
     */
    ImportedSchool importSchool(SchoolImport school);

    /**
     * Enrols a student in a course (SQLAlchemy's {@code student.courses.append(course)}).
     *
     * @throws NotFoundException         the student or the course does not exist (the student is checked first)
     * @throws AlreadyEnrolledException the student is enrolled in the course already
     * @throws CourseFullException       the course holds {@code capacity} students already
     */
    void enroll(long studentId, long courseId);

    /**
     * Enrols a student in every course given, all or nothing (SQLAlchemy's {@code extend}): when one
     * course fails, the student is enrolled in none of them. An empty list does nothing. Courses are
     * checked in the order given and the first failure is reported.
     *
     * @throws InvalidArgumentException  the list is null, holds more than {@link ArgumentChecks#MAX_ENROLL_ALL}
     *                                   ids, holds null or a non-positive id, or repeats an id
     * @throws NotFoundException         the student or one of the courses does not exist
     * @throws AlreadyEnrolledException the student is enrolled in one of the courses already
     * @throws CourseFullException       one of the courses is full
     */
    void enrollAll(long studentId, List<Long> courseIds);

    /**
     * Removes the link between a student and a course; both stay.
     *
     * @throws NotFoundException the student, the course, or the enrolment does not exist
     */
    void drop(long studentId, long courseId);

    /**
     * Deletes a student and their enrolments; their courses stay.
     *
     * @throws NotFoundException the student does not exist
     */
    void deleteStudent(long studentId);

    /**
     * Deletes a course and its enrolments; its students stay.
     *
     * @throws NotFoundException the course does not exist
     */
    void deleteCourse(long courseId);

    /**
     * Sets the grade of an enrolment, replacing any earlier one. Dropping and enrolling again starts
     * a new enrolment, ungraded.
     *
     * @throws InvalidArgumentException the grade is null
     * @throws NotFoundException        the student, the course, or the enrolment does not exist
     */
    void grade(long studentId, long courseId, Grade grade);

    // --- reads ----------------------------------------------------------------------------

    /**
     * Who takes the course of that name? The seed's join with a filter. The name is matched
     * exactly (never as a pattern).
     *
     * @return the course's students, by name then id; empty if nobody takes it
     * @throws NotFoundException no course has that name
     */
    List<Student> studentsIn(String courseName);

    /**
     * @return the student's courses, by name then id; empty if they take none
     * @throws NotFoundException the student does not exist
     */
    List<Course> coursesOf(long studentId);

    /**
     * @return the student with all their courses loaded
     * @throws NotFoundException the student does not exist
     */
    StudentWithCourses findStudent(long studentId);

    /**
     * @return the course with all its students loaded
     * @throws NotFoundException the course does not exist
     */
    CourseWithStudents findCourse(long courseId);

    /**
     * A keyset page of students in id order, each with all their courses. {@code limit} counts
     * students, never join rows: a page holds exactly {@code limit} students whenever that many
     * follow {@code afterId}, however many courses each has.
     *
     * @param afterId 0 for the first page, then the id of the last student of the previous page
     * @param limit   how many students, 1 to {@link ArgumentChecks#MAX_PAGE_LIMIT}
     * @return students with id greater than {@code afterId}, by id; empty after the last page
     */
    List<StudentWithCourses> listStudents(long afterId, int limit);

    /** @return every course with its number of enrolled students, empty courses included; by name then id */
    List<CourseStats> courseStats();

    /**
     * @return the students who share at least one course with this one, each once, never the student
     *         themself; by name then id
     * @throws NotFoundException the student does not exist
     */
    List<Student> classmatesOf(long studentId);

    /** @return the students enrolled in no course, by name then id */
    List<Student> studentsWithoutCourses();

    // --- the link's own data (the association object) ---------------------------------------

    /**
     * @return the student's enrolments, with enrolment time and grade, by course name then id; empty if
     *         they take no course
     * @throws NotFoundException the student does not exist
     */
    List<Enrollment> transcriptOf(long studentId);

    /**
     * @return the course's enrolments, with enrolment time and grade, by student name then id
     * @throws NotFoundException the course does not exist
     */
    List<Enrollment> rosterOf(long courseId);

    /**
     * A filter on the link's data: the course's enrolments graded {@code minimum} or better, best grade
     * first, then by student name and id. Ungraded enrolments never match.
     *
     * @throws InvalidArgumentException the minimum is null
     * @throws NotFoundException        the course does not exist
     */
    List<Enrollment> gradedAtLeast(long courseId, Grade minimum);

    /** Releases what the registrar holds, never the {@code DataSource}; see "Closing" above. */
    @Override
    void close();
}
