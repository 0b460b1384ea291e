package dev.m2m.mybatis;

import dev.m2m.core.Course;
import java.util.List;

/** Two ways to load every student with their courses; SQL in {@code LoadingShowcaseMapper.xml}. */
interface LoadingShowcaseMapper {

    /** Nested select: one statement for the students, then {@link #coursesOfStudent} once per student. */
    List<StudentRow> allByNestedSelect();

    /** Nested results: one join, the result map folds its rows into students. */
    List<StudentRow> allByNestedResults();

    List<Course> coursesOfStudent(long studentId);
}
