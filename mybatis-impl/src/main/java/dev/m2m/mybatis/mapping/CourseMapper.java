package dev.m2m.mybatis.mapping;

import java.util.List;
import org.apache.ibatis.annotations.Param;

/** Statements on courses; SQL and result maps in {@code CourseMapper.xml}. */
public interface CourseMapper {

    void insert(CourseRow course);

    /** The names among these that a course has already; the list must not be empty. */
    List<String> takenNames(@Param("names") List<String> names);

    boolean exists(long id);

    int delete(long id);

    /** The course with its students, or null for an unknown id. */
    CourseRow findWithStudents(long id);

    /** The students of the course of that exact name; no row for an unknown name, one of nulls for none. */
    List<MemberRow> studentsOfCourseNamed(String name);

    List<CourseStatsRow> stats();

    /** Locks the course rows (FOR UPDATE), in id order; unknown ids are missing from the result. */
    List<LockedCourse> lockForEnrolment(@Param("courseIds") List<Long> courseIds);
}
