package dev.m2m.mybatis.mapping;

import java.util.List;
import org.apache.ibatis.annotations.Param;

/** Statements on the association table; SQL in {@code EnrollmentMapper.xml}. */
public interface EnrollmentMapper {

    void insert(@Param("studentId") long studentId, @Param("courseId") long courseId);

    int delete(@Param("studentId") long studentId, @Param("courseId") long courseId);

    int grade(@Param("studentId") long studentId, @Param("courseId") long courseId, @Param("points") int points);

    /** The student's enrolments; one row without a link if they have none; no row if unknown. */
    List<EnrollmentRow> transcriptOf(long studentId);

    /** The course's enrolments; one row without a link if it has none; no row if unknown. */
    List<EnrollmentRow> rosterOf(long courseId);

    List<EnrollmentRow> gradedAtLeast(@Param("courseId") long courseId, @Param("minimum") int minimum);

    /** Per course: how many students it holds, and whether this student is one of them. */
    List<SeatCount> countSeats(@Param("courseIds") List<Long> courseIds, @Param("studentId") long studentId);
}
