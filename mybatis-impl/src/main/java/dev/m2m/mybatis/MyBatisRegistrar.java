package dev.m2m.mybatis;

import dev.m2m.core.Arguments;
import dev.m2m.core.Course;
import dev.m2m.core.CourseStats;
import dev.m2m.core.CourseWithStudents;
import dev.m2m.core.Enrollment;
import dev.m2m.core.Grade;
import dev.m2m.core.ImportedSchool;
import dev.m2m.core.NotFoundException;
import dev.m2m.core.Registrar;
import dev.m2m.core.SchoolImport;
import dev.m2m.core.Student;
import dev.m2m.core.StudentWithCourses;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.apache.ibatis.session.SqlSession;

/**
 * The {@link Registrar} on MyBatis. Each call checks its arguments, opens one session (one
 * transaction), and runs mapper statements whose SQL lives in the XML beside each mapper interface.
 * Reads are one statement each; the result maps build the graph from the join. Mappers return
 * modifiable lists, so every list handed out is an unmodifiable copy.
 */
public final class MyBatisRegistrar implements Registrar {

    private final Transactions transactions;

    public MyBatisRegistrar(DataSource dataSource) {
        this.transactions = new Transactions(MyBatisSetup.sqlSessionFactory(dataSource));
    }

    @Override
    public Student addStudent(String name) {
        Arguments.studentName(name);
        return transactions.create("addStudent", session -> RegistrarWrites.addStudent(session, name));
    }

    @Override
    public Course addCourse(String name, int capacity) {
        Arguments.courseName(name);
        Arguments.capacity(capacity);
        return transactions.create("addCourse", session -> RegistrarWrites.addCourse(session, name, capacity));
    }

    @Override
    public ImportedSchool importSchool(SchoolImport school) {
        Arguments.schoolImport(school);
        return transactions.createInBatches("importSchool", session -> SchoolImporter.importSchool(session, school));
    }

    @Override
    public void enroll(long studentId, long courseId) {
        Arguments.studentId(studentId);
        Arguments.courseId(courseId);
        transactions.write("enroll", session -> RegistrarWrites.enrollAll(session, studentId, List.of(courseId)));
    }

    @Override
    public void enrollAll(long studentId, List<Long> courseIds) {
        Arguments.studentId(studentId);
        var ids = Arguments.courseIds(courseIds);
        transactions.writeInBatches("enrollAll", session -> RegistrarWrites.enrollAll(session, studentId, ids));
    }

    @Override
    public void drop(long studentId, long courseId) {
        Arguments.studentId(studentId);
        Arguments.courseId(courseId);
        transactions.write("drop", session -> RegistrarWrites.drop(session, studentId, courseId));
    }

    @Override
    public void deleteStudent(long studentId) {
        Arguments.studentId(studentId);
        transactions.write("deleteStudent", session -> RegistrarWrites.deleteStudent(session, studentId));
    }

    @Override
    public void deleteCourse(long courseId) {
        Arguments.courseId(courseId);
        transactions.write("deleteCourse", session -> RegistrarWrites.deleteCourse(session, courseId));
    }

    @Override
    public void grade(long studentId, long courseId, Grade grade) {
        Arguments.studentId(studentId);
        Arguments.courseId(courseId);
        Arguments.grade(grade);
        transactions.write("grade", session -> RegistrarWrites.grade(session, studentId, courseId, grade));
    }

    @Override
    public List<Student> studentsIn(String courseName) {
        Arguments.courseName(courseName);
        var rows = transactions.read("studentsIn",
                session -> session.getMapper(CourseMapper.class).studentsOfCourseNamed(courseName));
        if (rows.isEmpty()) {
            throw NotFoundException.courseNamed(courseName);
        }
        return rows.stream().filter(row -> !row.isNobody()).map(MemberRow::toStudent).toList();
    }

    @Override
    public List<Course> coursesOf(long studentId) {
        Arguments.studentId(studentId);
        return transactions.read("coursesOf", session -> studentWithCourses(session, studentId)).courses();
    }

    @Override
    public StudentWithCourses findStudent(long studentId) {
        Arguments.studentId(studentId);
        return transactions.read("findStudent", session -> studentWithCourses(session, studentId));
    }

    private static StudentWithCourses studentWithCourses(SqlSession session, long studentId) {
        return Optional.ofNullable(session.getMapper(StudentMapper.class).findWithCourses(studentId))
                .orElseThrow(() -> NotFoundException.student(studentId))
                .toStudentWithCourses();
    }

    @Override
    public CourseWithStudents findCourse(long courseId) {
        Arguments.courseId(courseId);
        return transactions.read("findCourse", session -> Optional
                .ofNullable(session.getMapper(CourseMapper.class).findWithStudents(courseId))
                .orElseThrow(() -> NotFoundException.course(courseId))
                .toCourseWithStudents());
    }

    @Override
    public List<StudentWithCourses> listStudents(long afterId, int limit) {
        Arguments.afterId(afterId);
        Arguments.pageLimit(limit);
        return transactions.read("listStudents", session -> session.getMapper(StudentMapper.class)
                .pageWithCourses(afterId, limit).stream()
                .map(StudentRow::toStudentWithCourses)
                .toList());
    }

    @Override
    public List<CourseStats> courseStats() {
        return transactions.read("courseStats", session -> session.getMapper(CourseMapper.class).stats().stream()
                .map(CourseStatsRow::toCourseStats)
                .toList());
    }

    @Override
    public List<Student> classmatesOf(long studentId) {
        Arguments.studentId(studentId);
        var rows = transactions.read("classmatesOf",
                session -> session.getMapper(StudentMapper.class).classmatesOf(studentId));
        if (rows.isEmpty()) {
            throw NotFoundException.student(studentId);
        }
        return rows.stream().filter(row -> !row.isNobody()).map(MemberRow::toStudent).toList();
    }

    @Override
    public List<Enrollment> transcriptOf(long studentId) {
        Arguments.studentId(studentId);
        return enrollments("transcriptOf", mapper -> mapper.transcriptOf(studentId),
                () -> NotFoundException.student(studentId));
    }

    @Override
    public List<Enrollment> rosterOf(long courseId) {
        Arguments.courseId(courseId);
        return enrollments("rosterOf", mapper -> mapper.rosterOf(courseId), () -> NotFoundException.course(courseId));
    }

    @Override
    public List<Enrollment> gradedAtLeast(long courseId, Grade minimum) {
        Arguments.courseId(courseId);
        Arguments.grade(minimum);
        return enrollments("gradedAtLeast", mapper -> mapper.gradedAtLeast(courseId, minimum.points()),
                () -> NotFoundException.course(courseId));
    }

    /** No row: the anchor does not exist. A row without a link: it exists and has no enrolment. */
    private List<Enrollment> enrollments(String operation, Function<EnrollmentMapper, List<EnrollmentRow>> query,
                                         Supplier<NotFoundException> unknown) {
        var rows = transactions.read(operation, session -> query.apply(session.getMapper(EnrollmentMapper.class)));
        if (rows.isEmpty()) {
            throw unknown.get();
        }
        return rows.stream().filter(EnrollmentRow::isLink).map(EnrollmentRow::toEnrollment).toList();
    }

    @Override
    public List<Student> studentsWithoutCourses() {
        return transactions.read("studentsWithoutCourses",
                session -> List.copyOf(session.getMapper(StudentMapper.class).withoutCourses()));
    }

    @Override
    public void close() {
        transactions.close();
    }
}
