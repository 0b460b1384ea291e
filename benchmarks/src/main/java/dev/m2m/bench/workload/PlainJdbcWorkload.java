package dev.m2m.bench.workload;

import dev.m2m.core.AlreadyEnrolledException;
import dev.m2m.core.ArgumentChecks;
import dev.m2m.core.Course;
import dev.m2m.core.CourseFullException;
import dev.m2m.core.CourseStats;
import dev.m2m.core.CourseWithStudents;
import dev.m2m.core.DuplicateCourseNameException;
import dev.m2m.core.Grade;
import dev.m2m.core.ImportedSchool;
import dev.m2m.core.NotFoundException;
import dev.m2m.core.SchoolImport;
import dev.m2m.core.Student;
import dev.m2m.core.StudentWithCourses;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * The floor: the fastest this database serves the same work through {@code java.sql} alone. The Spring
 * JDBC registrar's SQL but for {@code studentsIn}, which selects only the course's id beside its students
 * where the registrar selects the course's name and capacity too (its answer has no course); the same
 * records built, one transaction per call with the same locks, and nothing else: no framework, no
 * translation layer, no argument checks beyond what the SQL needs. Every approach's score is read as a
 * ratio to this one.
 */
public final class PlainJdbcWorkload implements Workload {

    private static final String STUDENTS_IN = """
            SELECT c.id AS course_id, s.id AS student_id, s.name AS student_name
            FROM course c
            LEFT JOIN enrollment e ON e.course_id = c.id
            LEFT JOIN student s ON s.id = e.student_id
            WHERE c.name = ?
            ORDER BY s.name, s.id""";

    private static final String STUDENT_WITH_COURSES = """
            SELECT s.id AS student_id, s.name AS student_name,
                   c.id AS course_id, c.name AS course_name, c.capacity AS course_capacity
            FROM student s
            LEFT JOIN enrollment e ON e.student_id = s.id
            LEFT JOIN course c ON c.id = e.course_id
            WHERE s.id = ?
            ORDER BY c.name, c.id""";

    private static final String COURSE_WITH_STUDENTS = """
            SELECT c.id AS course_id, c.name AS course_name, c.capacity AS course_capacity,
                   s.id AS student_id, s.name AS student_name
            FROM course c
            LEFT JOIN enrollment e ON e.course_id = c.id
            LEFT JOIN student s ON s.id = e.student_id
            WHERE c.id = ?
            ORDER BY s.name, s.id""";

    private static final String PAGE = """
            SELECT s.id AS student_id, s.name AS student_name,
                   c.id AS course_id, c.name AS course_name, c.capacity AS course_capacity
            FROM (SELECT id, name FROM student WHERE id > ? ORDER BY id FETCH FIRST ? ROWS ONLY) s
            LEFT JOIN enrollment e ON e.student_id = s.id
            LEFT JOIN course c ON c.id = e.course_id
            ORDER BY s.id, c.name, c.id""";

    private static final String CLASSMATES = """
            SELECT DISTINCT s.id AS student_id, s.name AS student_name
            FROM student me
            LEFT JOIN enrollment mine ON mine.student_id = me.id
            LEFT JOIN enrollment theirs ON theirs.course_id = mine.course_id AND theirs.student_id <> me.id
            LEFT JOIN student s ON s.id = theirs.student_id
            WHERE me.id = ?
            ORDER BY s.name, s.id""";

    private static final String COURSE_STATS = """
            SELECT c.id, c.name, c.capacity, COUNT(e.student_id) AS enrolled
            FROM course c
            LEFT JOIN enrollment e ON e.course_id = c.id
            GROUP BY c.id, c.name, c.capacity
            ORDER BY c.name, c.id""";

    private final DataSource dataSource;
    private final boolean readsInAutoCommit;

    /**
     * @param readsInAutoCommit send each read as its one statement on a connection in auto-commit: no
     *                          transaction, no read-only flag, no commit; the least a read can cost
     *                          (writes stay transactions, as they must)
     */
    public PlainJdbcWorkload(DataSource dataSource, boolean readsInAutoCommit) {
        this.dataSource = dataSource;
        this.readsInAutoCommit = readsInAutoCommit;
    }

    @Override
    public List<Student> studentsIn(String courseName) {
        return transaction(true, connection -> {
            try (var query = connection.prepareStatement(STUDENTS_IN)) {
                query.setString(1, courseName);
                try (var rs = query.executeQuery()) {
                    if (!rs.next()) {
                        throw NotFoundException.courseNamed(courseName);
                    }
                    return studentsFromHere(rs);
                }
            }
        });
    }

    @Override
    public StudentWithCourses findStudent(long studentId) {
        return transaction(true, connection -> {
            try (var query = connection.prepareStatement(STUDENT_WITH_COURSES)) {
                query.setLong(1, studentId);
                var students = studentsWithCourses(query);
                if (students.isEmpty()) {
                    throw NotFoundException.student(studentId);
                }
                return students.get(0);
            }
        });
    }

    @Override
    public CourseWithStudents findCourse(long courseId) {
        return transaction(true, connection -> {
            try (var query = connection.prepareStatement(COURSE_WITH_STUDENTS)) {
                query.setLong(1, courseId);
                try (var rs = query.executeQuery()) {
                    if (!rs.next()) {
                        throw NotFoundException.course(courseId);
                    }
                    var course = new Course(rs.getLong("course_id"), rs.getString("course_name"),
                            rs.getInt("course_capacity"));
                    return new CourseWithStudents(course, studentsFromHere(rs));
                }
            }
        });
    }

    @Override
    public List<StudentWithCourses> listStudents(long afterId, int limit) {
        return transaction(true, connection -> {
            try (var query = connection.prepareStatement(PAGE)) {
                query.setLong(1, afterId);
                query.setInt(2, limit);
                return studentsWithCourses(query);
            }
        });
    }

    @Override
    public List<Student> classmatesOf(long studentId) {
        return transaction(true, connection -> {
            try (var query = connection.prepareStatement(CLASSMATES)) {
                query.setLong(1, studentId);
                try (var rs = query.executeQuery()) {
                    if (!rs.next()) {
                        throw NotFoundException.student(studentId);
                    }
                    return studentsFromHere(rs);
                }
            }
        });
    }

    @Override
    public List<CourseStats> courseStats() {
        return transaction(true, connection -> {
            try (var query = connection.prepareStatement(COURSE_STATS); var rs = query.executeQuery()) {
                var stats = new ArrayList<CourseStats>();
                while (rs.next()) {
                    stats.add(new CourseStats(new Course(rs.getLong(1), rs.getString(2), rs.getInt(3)), rs.getInt(4)));
                }
                return stats;
            }
        });
    }

    @Override
    public void enroll(long studentId, long courseId) {
        enrollAll(studentId, List.of(courseId));
    }

    /** The same statements as the registrars: lock the student, lock the courses, count seats, insert. */
    @Override
    public void enrollAll(long studentId, List<Long> courseIds) {
        transaction(false, connection -> {
            try (var student = connection.prepareStatement("SELECT id FROM student WHERE id = ? FOR UPDATE")) {
                student.setLong(1, studentId);
                try (var rs = student.executeQuery()) {
                    if (!rs.next()) {
                        throw NotFoundException.student(studentId);
                    }
                }
            }
            String in = "?" + ", ?".repeat(courseIds.size() - 1);
            var capacities = new HashMap<Long, Integer>();
            try (var lock = connection.prepareStatement(
                    "SELECT id, capacity FROM course WHERE id IN (" + in + ") ORDER BY id FOR UPDATE")) {
                bindIds(lock, 1, courseIds);
                try (var rs = lock.executeQuery()) {
                    while (rs.next()) {
                        capacities.put(rs.getLong(1), rs.getInt(2));
                    }
                }
            }
            Map<Long, int[]> seats = new HashMap<>();
            try (var count = connection.prepareStatement("""
                    SELECT course_id, COUNT(*), COUNT(CASE WHEN student_id = ? THEN 1 END)
                    FROM enrollment WHERE course_id IN (""" + in + ") GROUP BY course_id")) {
                count.setLong(1, studentId);
                bindIds(count, 2, courseIds);
                try (var rs = count.executeQuery()) {
                    while (rs.next()) {
                        seats.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3)});
                    }
                }
            }
            for (long courseId : courseIds) {
                Integer capacity = capacities.get(courseId);
                if (capacity == null) {
                    throw NotFoundException.course(courseId);
                }
                int[] taken = seats.getOrDefault(courseId, new int[2]);
                if (taken[1] > 0) {
                    throw new AlreadyEnrolledException(studentId, courseId);
                }
                if (taken[0] >= capacity) {
                    throw new CourseFullException(courseId, capacity);
                }
            }
            try (var insert = connection.prepareStatement(
                    "INSERT INTO enrollment (student_id, course_id) VALUES (?, ?)")) {
                for (long courseId : courseIds) {
                    insert.setLong(1, studentId);
                    insert.setLong(2, courseId);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    @Override
    public void drop(long studentId, long courseId) {
        transaction(false, connection -> {
            try (var delete = connection.prepareStatement(
                    "DELETE FROM enrollment WHERE student_id = ? AND course_id = ?")) {
                delete.setLong(1, studentId);
                delete.setLong(2, courseId);
                if (delete.executeUpdate() == 0) {
                    throw NotFoundException.enrollment(studentId, courseId);
                }
            }
            return null;
        });
    }

    /** Spring JDBC's statement: one update of the link; no row updated means no link. */
    @Override
    public void grade(long studentId, long courseId, Grade grade) {
        transaction(false, connection -> {
            try (var update = connection.prepareStatement(
                    "UPDATE enrollment SET grade = ? WHERE student_id = ? AND course_id = ?")) {
                update.setInt(1, grade.points());
                update.setLong(2, studentId);
                update.setLong(3, courseId);
                if (update.executeUpdate() == 0) {
                    throw NotFoundException.enrollment(studentId, courseId);
                }
            }
            return null;
        });
    }

    /** ON DELETE CASCADE takes the links with the row, as in every registrar. */
    @Override
    public void deleteStudent(long studentId) {
        deleteRow("DELETE FROM student WHERE id = ?", studentId, () -> NotFoundException.student(studentId));
    }

    @Override
    public void deleteCourse(long courseId) {
        deleteRow("DELETE FROM course WHERE id = ?", courseId, () -> NotFoundException.course(courseId));
    }

    private void deleteRow(String sql, long id, Supplier<NotFoundException> notFound) {
        transaction(false, connection -> {
            try (var delete = connection.prepareStatement(sql)) {
                delete.setLong(1, id);
                if (delete.executeUpdate() == 0) {
                    throw notFound.get();
                }
            }
            return null;
        });
    }

    /** The same batches as the Spring JDBC import: names checked, then rows a batch at a time, keys read back. */
    @Override
    public ImportedSchool importSchool(SchoolImport school) {
        ArgumentChecks.schoolImport(school);
        return transaction(false, connection -> {
            var studentIds = insertReturningIds(connection, "INSERT INTO student (name) VALUES (?)",
                    school.studentNames(), (insert, name) -> insert.setString(1, name));
            requireFreeNames(connection, school.courses());
            var courseIds = insertReturningIds(connection, "INSERT INTO course (name, capacity) VALUES (?, ?)",
                    school.courses(), (insert, course) -> {
                        insert.setString(1, course.name());
                        insert.setInt(2, course.capacity());
                    });
            try (var insert = connection.prepareStatement(
                    "INSERT INTO enrollment (student_id, course_id) VALUES (?, ?)")) {
                for (List<SchoolImport.Link> batch : SchoolImport.inBatches(school.links())) {
                    for (SchoolImport.Link link : batch) {
                        insert.setLong(1, studentIds.get(link.student()));
                        insert.setLong(2, courseIds.get(link.course()));
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            }
            return new ImportedSchool(studentIds, courseIds);
        });
    }

    @Override
    public void close() {
        // the DataSource belongs to the caller
    }

    /**
     * The students of the rows from the current one on, the caller having read the first to tell an unknown
     * course or student from one with nobody: a NULL student is the LEFT JOIN's row for nobody.
     */
    private static List<Student> studentsFromHere(ResultSet rs) throws SQLException {
        var students = new ArrayList<Student>();
        do {
            long id = rs.getLong("student_id");
            if (!rs.wasNull()) {
                students.add(new Student(id, rs.getString("student_name")));
            }
        } while (rs.next());
        return students;
    }

    private static List<StudentWithCourses> studentsWithCourses(PreparedStatement query) throws SQLException {
        var result = new ArrayList<StudentWithCourses>();
        try (ResultSet rs = query.executeQuery()) {
            Student current = null;
            var courses = new ArrayList<Course>();
            while (rs.next()) {
                long studentId = rs.getLong("student_id");
                if (current == null || current.id() != studentId) {
                    if (current != null) {
                        result.add(new StudentWithCourses(current, courses));
                        courses.clear();
                    }
                    current = new Student(studentId, rs.getString("student_name"));
                }
                long courseId = rs.getLong("course_id");
                if (!rs.wasNull()) {
                    courses.add(new Course(courseId, rs.getString("course_name"), rs.getInt("course_capacity")));
                }
            }
            if (current != null) {
                result.add(new StudentWithCourses(current, courses));
            }
        }
        return result;
    }

    private static void bindIds(PreparedStatement statement, int first, List<Long> ids) throws SQLException {
        for (int i = 0; i < ids.size(); i++) {
            statement.setLong(first + i, ids.get(i));
        }
    }

    private interface Binder<T> {
        void bind(PreparedStatement statement, T row) throws SQLException;
    }

    private static <T> List<Long> insertReturningIds(Connection connection, String sql, List<T> rows,
                                                     Binder<T> binder) throws SQLException {
        var ids = new ArrayList<Long>(rows.size());
        try (var insert = connection.prepareStatement(sql, new String[] {"id"})) {
            for (List<T> batch : SchoolImport.inBatches(rows)) {
                for (T row : batch) {
                    binder.bind(insert, row);
                    insert.addBatch();
                }
                insert.executeBatch();
                try (var keys = insert.getGeneratedKeys()) {
                    while (keys.next()) {
                        ids.add(keys.getLong(1));
                    }
                }
            }
        }
        return ids;
    }

    private static void requireFreeNames(Connection connection, List<SchoolImport.NewCourse> courses)
            throws SQLException {
        for (List<SchoolImport.NewCourse> names : SchoolImport.inBatches(courses)) {
            try (var query = connection.prepareStatement("SELECT name FROM course WHERE name IN ("
                    + String.join(", ", Collections.nCopies(names.size(), "?")) + ")")) {
                for (int i = 0; i < names.size(); i++) {
                    query.setString(i + 1, names.get(i).name());
                }
                try (var rs = query.executeQuery()) {
                    if (rs.next()) {
                        throw new DuplicateCourseNameException(rs.getString(1));
                    }
                }
            }
        }
    }

    interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * One transaction: read-only for reads, as the registrars' are; rolled back on any failure. Also the
     * transactions of {@link UnparsedMultiset}, so that it differs from the floor only in its SQL.
     */
    <T> T transaction(boolean readOnly, SqlWork<T> work) {
        if (readOnly && readsInAutoCommit) {
            try (Connection connection = dataSource.getConnection()) {
                return work.run(connection); // the pool hands connections out in auto-commit
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setReadOnly(readOnly);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setReadOnly(false);
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
