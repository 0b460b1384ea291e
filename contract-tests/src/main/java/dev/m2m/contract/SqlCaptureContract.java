package dev.m2m.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.m2m.core.Course;
import dev.m2m.core.Grade;
import dev.m2m.core.Registrar;
import dev.m2m.core.Student;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The SQL each registrar operation sends, captured from a real run on H2 (or, for an approach whose SQL
 * differs between the databases, on PostgreSQL too) and kept in {@code docs/sql/<approach>/<operation>.sql},
 * where the docs include it. Each operation runs on the
 * same small school (Alice takes Mathematics, Bob takes Mathematics and Physics, Carol takes
 * nothing). A file that differs from what the approach sends today fails the build; {@code ./docs-update}
 * rewrites them all.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class SqlCaptureContract {

    private final ImplementationUnderTest implementation;
    private final TestDatabase database;
    private final String directory;
    private final UnaryOperator<String> format;
    private final StatementRecorder statements = new StatementRecorder();
    private HikariDataSource pool;
    private DataSource counted;
    private Registrar registrar;

    /** The school every capture starts from. */
    protected record School(Student alice, Student bob, Student carol, Course mathematics, Course physics) {
    }

    protected School school;

    /**
     * @param directory the folder under {@code docs/sql} for this approach
     * @param format    how a statement is laid out in the file (Hibernate's SQL comes on one line)
     */
    protected SqlCaptureContract(ImplementationUnderTest implementation, String directory,
                                 UnaryOperator<String> format) {
        this(implementation, TestDatabase.H2, directory, format);
    }

    /** The same, captured from a run on the given database. */
    protected SqlCaptureContract(ImplementationUnderTest implementation, TestDatabase database, String directory,
                                 UnaryOperator<String> format) {
        this.implementation = implementation;
        this.database = database;
        this.directory = directory;
        this.format = format;
    }

    @BeforeAll
    void createRegistrar() {
        pool = database.dataSource();
        counted = statements.wrap(pool);
        registrar = implementation.factory().apply(counted);
    }

    @AfterAll
    void closeRegistrar() {
        registrar.close();
    }

    @BeforeEach
    void startFromTheSchool() {
        database.clean(pool);
        var alice = registrar.addStudent("Alice");
        var bob = registrar.addStudent("Bob");
        var carol = registrar.addStudent("Carol");
        var mathematics = registrar.addCourse("Mathematics", 30);
        var physics = registrar.addCourse("Physics", 30);
        registrar.enroll(alice.id(), mathematics.id());
        registrar.enrollAll(bob.id(), List.of(mathematics.id(), physics.id()));
        registrar.grade(alice.id(), mathematics.id(), Grade.of(91));
        school = new School(alice, bob, carol, mathematics, physics);
    }

    /** The pool beneath the statement recorder, for an approach's own showcases. */
    protected DataSource countedDataSource() {
        return counted;
    }

    @Test
    void studentsIn() {
        capture("studentsIn", "studentsIn(\"Mathematics\")", () -> registrar.studentsIn("Mathematics"));
    }

    @Test
    void findStudent() {
        capture("findStudent", "findStudent(bob)", () -> registrar.findStudent(school.bob().id()));
    }

    @Test
    void listStudents() {
        capture("listStudents", "listStudents(0, 2): a page of two students", () -> registrar.listStudents(0, 2));
    }

    @Test
    void classmatesOf() {
        capture("classmatesOf", "classmatesOf(alice)", () -> registrar.classmatesOf(school.alice().id()));
    }

    @Test
    void courseStats() {
        capture("courseStats", "courseStats()", registrar::courseStats);
    }

    @Test
    void studentsWithoutCourses() {
        capture("studentsWithoutCourses", "studentsWithoutCourses()", registrar::studentsWithoutCourses);
    }

    @Test
    void enroll() {
        capture("enroll", "enroll(carol, physics)", () -> registrar.enroll(school.carol().id(), school.physics().id()));
    }

    @Test
    void enrollAll() {
        capture("enrollAll", "enrollAll(carol, [mathematics, physics])", () -> registrar.enrollAll(
                school.carol().id(), List.of(school.mathematics().id(), school.physics().id())));
    }

    @Test
    void drop() {
        capture("drop", "drop(bob, physics)", () -> registrar.drop(school.bob().id(), school.physics().id()));
    }

    @Test
    void deleteStudent() {
        capture("deleteStudent", "deleteStudent(bob)", () -> registrar.deleteStudent(school.bob().id()));
    }

    @Test
    void deleteCourse() {
        capture("deleteCourse", "deleteCourse(mathematics), which Alice and Bob take",
                () -> registrar.deleteCourse(school.mathematics().id()));
    }

    @Test
    void grade() {
        capture("grade", "grade(bob, physics, 75)",
                () -> registrar.grade(school.bob().id(), school.physics().id(), Grade.of(75)));
    }

    @Test
    void gradedAtLeast() {
        capture("gradedAtLeast", "gradedAtLeast(mathematics, 90)",
                () -> registrar.gradedAtLeast(school.mathematics().id(), Grade.of(90)));
    }

    /**
     * Runs {@code call} alone under the recorder and checks (or, when updating, writes)
     * {@code docs/sql/<approach>/<name>.sql}.
     */
    protected void capture(String name, String description, Runnable call) {
        statements.reset();
        call.run();
        var sent = statements.statements();
        var text = new StringBuilder();
        text.append("-- %s on %s: %d statement%s%n".formatted(description, implementation.name(), sent.size(),
                sent.size() == 1 ? "" : "s"));
        text.append("-- captured from a run on %s by %s; ./docs-update refreshes it%n"
                .formatted(database == TestDatabase.H2 ? "H2" : "PostgreSQL", getClass().getSimpleName()));
        for (var statement : sent) {
            text.append('\n');
            if (statement.batch()) {
                text.append("-- one JDBC batch of %d%n".formatted(statement.batchSize()));
            }
            for (String sql : new LinkedHashSet<>(statement.sql())) {
                text.append(layOut(format.apply(sql))).append(";\n");
            }
        }
        Path file = DocsFiles.root().resolve("docs/sql").resolve(directory).resolve(name + ".sql");
        String expected = text.toString();
        assertThat(DocsFiles.writeOrRead(file, expected))
                .as("%s is not what %s sends today; run ./docs-update", DocsFiles.root().relativize(file),
                        implementation.name())
                .isEqualTo(expected);
    }

    /** Trailing blanks and blank lines removed, the common indentation of a text block or XML taken off. */
    private static String layOut(String sql) {
        var lines = sql.strip().lines().map(String::stripTrailing).filter(line -> !line.isBlank()).toList();
        int indent = lines.stream().skip(1).mapToInt(line -> line.length() - line.stripLeading().length())
                .min().orElse(0);
        var text = new StringBuilder(lines.get(0).strip());
        for (String line : lines.subList(1, lines.size())) {
            text.append('\n').append(line.substring(Math.min(indent, line.length() - line.stripLeading().length())));
        }
        return text.toString();
    }
}
