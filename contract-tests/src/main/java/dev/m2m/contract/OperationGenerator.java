package dev.m2m.contract;

import dev.m2m.core.ArgumentChecks;
import dev.m2m.core.Course;
import dev.m2m.core.Grade;
import dev.m2m.core.Registrar;
import dev.m2m.core.Student;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Draws the model test's operations from a seeded {@link Random}, with arguments taken mostly from
 * what exists (so enrolments meet full courses and existing links), and sometimes unknown ids or bad
 * input. Names are short lowercase ASCII, so that duplicates happen and every database sorts them as
 * Java does.
 */
final class OperationGenerator {

    /** One operation: what it does to the registrar, and what the model says it must give. */
    record Operation(
            String description,
            Function<Registrar, Object> onRegistrar,
            BiFunction<RegistrarModel, Object, Object> onModel) {
    }

    private final Random random;
    private final RegistrarModel model;
    private final List<Long> goneStudents = new ArrayList<>();
    private final List<Long> goneCourses = new ArrayList<>();

    OperationGenerator(Random random, RegistrarModel model) {
        this.random = random;
        this.model = model;
        if (table.stream().mapToInt(Weighted::weight).sum() != 100) {
            throw new IllegalStateException("the operations' weights must add up to 100");
        }
    }

    /** An operation and how often it is drawn, in hundredths: the weights add up to 100. */
    private record Weighted(int weight, Supplier<Operation> draw) {
    }

    /** Writes first, then the reads of the link's data, the other reads, and bad input. */
    private final List<Weighted> table = List.of(
            new Weighted(10, this::newStudent),
            new Weighted(6, this::newCourse),
            new Weighted(20, this::enroll),
            new Weighted(6, this::enrollAll),
            new Weighted(10, this::drop),
            new Weighted(2, this::deleteStudent),
            new Weighted(4, this::grade),
            new Weighted(1, this::deleteCourse),
            new Weighted(3, this::transcriptOf),
            new Weighted(3, this::rosterOf),
            new Weighted(2, this::gradedAtLeast),
            new Weighted(4, this::studentsIn),
            new Weighted(3, this::coursesOf),
            new Weighted(3, this::findStudent),
            new Weighted(3, this::findCourse),
            new Weighted(4, this::listStudents),
            new Weighted(3, this::courseStats),
            new Weighted(5, this::classmatesOf),
            new Weighted(3, this::studentsWithoutCourses),
            new Weighted(5, this::badInput));

    Operation next() {
        int dice = random.nextInt(100);
        for (var entry : table) {
            if (dice < entry.weight()) {
                return entry.draw().get();
            }
            dice -= entry.weight();
        }
        throw new IllegalStateException("the weights add up to less than 100");
    }

    // --- writes ----------------------------------------------------------------------------

    private Operation newStudent() {
        return addStudent(name("abcdef", 1 + random.nextInt(2)));
    }

    private Operation newCourse() {
        return addCourse("c" + name("abcdefgh", 2), 1 + random.nextInt(4));
    }

    private Operation enroll() {
        long student = studentId();
        long course = courseId();
        return op("enroll(%d, %d)".formatted(student, course),
                r -> run(() -> r.enroll(student, course)), (m, x) -> run(() -> m.enroll(student, course)));
    }

    private Operation enrollAll() {
        long student = studentId();
        var courses = new ArrayList<Long>();
        for (int i = random.nextInt(4); i > 0; i--) {
            courses.add(courseId());
        }
        return op("enrollAll(%d, %s)".formatted(student, courses),
                r -> run(() -> r.enrollAll(student, courses)), (m, x) -> run(() -> m.enrollAll(student, courses)));
    }

    private Operation deleteStudent() {
        long student = studentId();
        return op("deleteStudent(%d)".formatted(student), r -> run(() -> r.deleteStudent(student)), (m, x) -> {
            m.deleteStudent(student);
            goneStudents.add(student);
            return "done";
        });
    }

    private Operation grade() {
        long student = studentId();
        var linked = model.linksOf(student);
        long course = !linked.isEmpty() && random.nextInt(5) > 0 ? pick(linked) : courseId();
        var grade = Grade.of(random.nextInt(101));
        return op("grade(%d, %d, %d)".formatted(student, course, grade.points()),
                r -> run(() -> r.grade(student, course, grade)),
                (m, x) -> run(() -> m.grade(student, course, grade)));
    }

    private Operation deleteCourse() {
        long course = courseId();
        return op("deleteCourse(%d)".formatted(course), r -> run(() -> r.deleteCourse(course)), (m, x) -> {
            m.deleteCourse(course);
            goneCourses.add(course);
            return "done";
        });
    }

    // --- reads ------------------------------------------------------------------------------

    private Operation transcriptOf() {
        long student = studentId();
        return op("transcriptOf(%d)".formatted(student),
                r -> RegistrarModel.GradedLink.of(r.transcriptOf(student)), (m, x) -> m.transcriptOf(student));
    }

    private Operation rosterOf() {
        long course = courseId();
        return op("rosterOf(%d)".formatted(course),
                r -> RegistrarModel.GradedLink.of(r.rosterOf(course)), (m, x) -> m.rosterOf(course));
    }

    private Operation gradedAtLeast() {
        long course = courseId();
        var minimum = Grade.of(random.nextInt(101));
        return op("gradedAtLeast(%d, %d)".formatted(course, minimum.points()),
                r -> RegistrarModel.GradedLink.of(r.gradedAtLeast(course, minimum)),
                (m, x) -> m.gradedAtLeast(course, minimum));
    }

    private Operation studentsIn() {
        String name = random.nextInt(10) == 0 || model.courseNames().isEmpty()
                ? "c" + name("xyz", 2)
                : pick(model.courseNames());
        return op("studentsIn(\"%s\")".formatted(name), r -> r.studentsIn(name), (m, x) -> m.studentsIn(name));
    }

    private Operation coursesOf() {
        long student = studentId();
        return op("coursesOf(%d)".formatted(student), r -> r.coursesOf(student), (m, x) -> m.coursesOf(student));
    }

    private Operation findStudent() {
        long student = studentId();
        return op("findStudent(%d)".formatted(student), r -> r.findStudent(student), (m, x) -> m.findStudent(student));
    }

    private Operation findCourse() {
        long course = courseId();
        return op("findCourse(%d)".formatted(course), r -> r.findCourse(course), (m, x) -> m.findCourse(course));
    }

    private Operation listStudents() {
        long student = studentId();
        long after = random.nextInt(3) == 0 || model.studentIds().isEmpty() ? 0 : student;
        int limit = 1 + random.nextInt(20);
        return op("listStudents(%d, %d)".formatted(after, limit),
                r -> r.listStudents(after, limit), (m, x) -> m.listStudents(after, limit));
    }

    private Operation courseStats() {
        return op("courseStats()", Registrar::courseStats, (m, x) -> m.courseStats());
    }

    private Operation classmatesOf() {
        long student = studentId();
        return op("classmatesOf(%d)".formatted(student),
                r -> r.classmatesOf(student), (m, x) -> m.classmatesOf(student));
    }

    private Operation studentsWithoutCourses() {
        return op("studentsWithoutCourses()",
                Registrar::studentsWithoutCourses, (m, x) -> m.studentsWithoutCourses());
    }

    // --- bad input -------------------------------------------------------------------------

    private Operation badInput() {
        return switch (random.nextInt(6)) {
            case 0 -> addStudent(random.nextBoolean() ? " " : "x".repeat(ArgumentChecks.MAX_NAME_LENGTH + 1));
            case 1 -> addCourse("c" + name("abcdefgh", 2), random.nextBoolean() ? 0 : -1);
            case 2 -> op("listStudents(0, 0)", r -> r.listStudents(0, 0), (m, x) -> m.listStudents(0, 0));
            case 3 -> op("findStudent(-1)", r -> r.findStudent(-1), (m, x) -> m.findStudent(-1));
            case 4 -> {
                long student = studentId();
                long course = courseId();
                yield op("enrollAll(%d, [%d, %d])".formatted(student, course, course),
                        r -> run(() -> r.enrollAll(student, List.of(course, course))),
                        (m, x) -> run(() -> m.enrollAll(student, List.of(course, course))));
            }
            default -> op("studentsIn(null)", r -> r.studentsIn(null), (m, x) -> m.studentsIn(null));
        };
    }

    private Operation addStudent(String name) {
        return op("addStudent(\"%s\")".formatted(name), r -> r.addStudent(name), (m, returned) -> {
            if (!(returned instanceof Student added)) {
                ArgumentChecks.studentName(name);
                return "a new student named " + name;
            }
            m.addStudent(name, added);
            return added;
        });
    }

    private Operation addCourse(String name, int capacity) {
        String description = "addCourse(\"%s\", %d)".formatted(name, capacity);
        return op(description, r -> r.addCourse(name, capacity), (m, returned) -> {
            m.checkNewCourse(name, capacity);
            if (!(returned instanceof Course added) || !added.name().equals(name) || added.capacity() != capacity) {
                return "a new course named " + name + " for " + capacity;
            }
            m.added(added);
            return added;
        });
    }

    private Operation drop() {
        long student = studentId();
        long course = courseId();
        var linked = model.linksOf(student);
        long dropped = !linked.isEmpty() && random.nextInt(4) > 0 ? pick(linked) : course;
        return op("drop(%d, %d)".formatted(student, dropped),
                r -> run(() -> r.drop(student, dropped)), (m, x) -> run(() -> m.drop(student, dropped)));
    }

    private long studentId() {
        return id(new ArrayList<>(model.studentIds()), goneStudents);
    }

    private long courseId() {
        return id(new ArrayList<>(model.courseIds()), goneCourses);
    }

    // mostly an id that exists; sometimes one that did and was deleted, or one that never did
    private long id(List<Long> existing, List<Long> gone) {
        int dice = random.nextInt(20);
        if (dice == 0 || existing.isEmpty() && gone.isEmpty()) {
            return 1_000_000_000L + random.nextInt(1000);
        }
        if (dice == 1 && !gone.isEmpty() || existing.isEmpty()) {
            return pick(gone);
        }
        return pick(existing);
    }

    private String name(String letters, int length) {
        var name = new StringBuilder();
        for (int i = 0; i < length; i++) {
            name.append(letters.charAt(random.nextInt(letters.length())));
        }
        return name.toString();
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static Operation op(String description, Function<Registrar, Object> onRegistrar,
                                BiFunction<RegistrarModel, Object, Object> onModel) {
        return new Operation(description, onRegistrar, onModel);
    }

    private static Object run(Runnable write) {
        write.run();
        return "done";
    }
}
