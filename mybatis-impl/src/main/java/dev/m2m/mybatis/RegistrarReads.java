package dev.m2m.mybatis;

import dev.m2m.core.CourseStats;
import dev.m2m.core.CourseWithStudents;
import dev.m2m.core.NotFoundException;
import dev.m2m.core.Student;
import dev.m2m.core.StudentWithCourses;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.session.SqlSession;

/**
 * Every read of students and courses, inside the caller's session: one mapper statement each, whose result
 * map builds the graph from the join. Mappers return modifiable lists, so every list handed out is an
 * unmodifiable copy.
 */
final class RegistrarReads {

    private RegistrarReads() {
    }

    static List<Student> studentsIn(SqlSession session, String courseName) {
        var rows = session.getMapper(CourseMapper.class).studentsOfCourseNamed(courseName);
        if (rows.isEmpty()) {
            throw NotFoundException.courseNamed(courseName);
        }
        return rows.stream().filter(row -> !row.isNobody()).map(MemberRow::toStudent).toList();
    }

    static StudentWithCourses findStudent(SqlSession session, long studentId) {
        return Optional.ofNullable(session.getMapper(StudentMapper.class).findWithCourses(studentId))
                .orElseThrow(() -> NotFoundException.student(studentId))
                .toStudentWithCourses();
    }

    static CourseWithStudents findCourse(SqlSession session, long courseId) {
        return Optional.ofNullable(session.getMapper(CourseMapper.class).findWithStudents(courseId))
                .orElseThrow(() -> NotFoundException.course(courseId))
                .toCourseWithStudents();
    }

    static List<StudentWithCourses> listStudents(SqlSession session, long afterId, int limit) {
        return session.getMapper(StudentMapper.class).pageWithCourses(afterId, limit).stream()
                .map(StudentRow::toStudentWithCourses)
                .toList();
    }

    static List<CourseStats> courseStats(SqlSession session) {
        return session.getMapper(CourseMapper.class).stats().stream().map(CourseStatsRow::toCourseStats).toList();
    }

    static List<Student> classmatesOf(SqlSession session, long studentId) {
        var rows = session.getMapper(StudentMapper.class).classmatesOf(studentId);
        if (rows.isEmpty()) {
            throw NotFoundException.student(studentId);
        }
        return rows.stream().filter(row -> !row.isNobody()).map(MemberRow::toStudent).toList();
    }

    static List<Student> studentsWithoutCourses(SqlSession session) {
        return List.copyOf(session.getMapper(StudentMapper.class).withoutCourses());
    }
}
