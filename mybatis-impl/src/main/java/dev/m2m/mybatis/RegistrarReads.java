package dev.m2m.mybatis;

import dev.m2m.core.Approach;
import dev.m2m.core.CourseStats;
import dev.m2m.core.CourseWithStudents;
import dev.m2m.core.NotFoundException;
import dev.m2m.core.Student;
import dev.m2m.core.StudentWithCourses;
import dev.m2m.mybatis.mapping.CourseMapper;
import dev.m2m.mybatis.mapping.CourseStatsRow;
import dev.m2m.mybatis.mapping.MemberRow;
import dev.m2m.mybatis.mapping.StudentMapper;
import dev.m2m.mybatis.mapping.StudentRow;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.session.SqlSession;

/**
 * Every read of students and courses, inside the caller's session: one mapper statement each, whose result
 * map builds the graph from the join. Mappers return modifiable lists, so every list handed out is an
 * unmodifiable copy.
 */
final class RegistrarReads implements Approach.RegistrarReads {

    private final SqlSession session;

    RegistrarReads(SqlSession session) {
        this.session = session;
    }

    @Override
    public List<Student> studentsIn(String courseName) {
        var rows = session.getMapper(CourseMapper.class).studentsOfCourseNamed(courseName);
        if (rows.isEmpty()) {
            throw NotFoundException.courseNamed(courseName);
        }
        return rows.stream().filter(row -> !row.isNobody()).map(MemberRow::toStudent).toList();
    }

    @Override
    public StudentWithCourses findStudent(long studentId) {
        return Optional.ofNullable(session.getMapper(StudentMapper.class).findWithCourses(studentId))
                .orElseThrow(() -> NotFoundException.student(studentId))
                .toStudentWithCourses();
    }

    @Override
    public CourseWithStudents findCourse(long courseId) {
        return Optional.ofNullable(session.getMapper(CourseMapper.class).findWithStudents(courseId))
                .orElseThrow(() -> NotFoundException.course(courseId))
                .toCourseWithStudents();
    }

    @Override
    public List<StudentWithCourses> listStudents(long afterId, int limit) {
        return session.getMapper(StudentMapper.class).pageWithCourses(afterId, limit).stream()
                .map(StudentRow::toStudentWithCourses)
                .toList();
    }

    @Override
    public List<CourseStats> courseStats() {
        return session.getMapper(CourseMapper.class).stats().stream().map(CourseStatsRow::toCourseStats).toList();
    }

    @Override
    public List<Student> classmatesOf(long studentId) {
        var rows = session.getMapper(StudentMapper.class).classmatesOf(studentId);
        if (rows.isEmpty()) {
            throw NotFoundException.student(studentId);
        }
        return rows.stream().filter(row -> !row.isNobody()).map(MemberRow::toStudent).toList();
    }

    @Override
    public List<Student> studentsWithoutCourses() {
        return List.copyOf(session.getMapper(StudentMapper.class).withoutCourses());
    }
}
