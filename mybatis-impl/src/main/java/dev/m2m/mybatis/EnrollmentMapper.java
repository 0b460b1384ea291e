package dev.m2m.mybatis;

import java.util.List;
import org.apache.ibatis.annotations.Param;

/** Statements on the association table; SQL in {@code EnrollmentMapper.xml}. */
interface EnrollmentMapper {

    void insert(@Param("studentId") long studentId, @Param("courseId") long courseId);

    int delete(@Param("studentId") long studentId, @Param("courseId") long courseId);

    /** Per course: how many students it holds, and whether this student is one of them. */
    List<SeatCount> countSeats(@Param("courseIds") List<Long> courseIds, @Param("studentId") long studentId);
}
