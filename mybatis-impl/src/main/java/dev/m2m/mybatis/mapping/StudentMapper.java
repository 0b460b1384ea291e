package dev.m2m.mybatis.mapping;

import dev.m2m.core.Student;
import java.util.List;
import org.apache.ibatis.annotations.Param;

/** Statements on students; SQL and result maps in {@code StudentMapper.xml}. */
public interface StudentMapper {

    void insert(StudentRow student);

    boolean exists(long id);

    /** The student's id, locked until the transaction ends; null if there is no such student. */
    Long lockForEnrolment(long id);

    int delete(long id);

    /** The student with their courses, or null for an unknown id. */
    StudentRow findWithCourses(long id);

    List<StudentRow> pageWithCourses(@Param("afterId") long afterId, @Param("limit") int limit);

    /** The student's classmates; one row with a null classmate if they have none; no row if unknown. */
    List<MemberRow> classmatesOf(long id);

    List<Student> withoutCourses();
}
