package dev.m2m.mybatis;

import dev.m2m.core.Course;
import dev.m2m.mybatis.mapping.StudentRow;
import java.util.List;

/**
 * Test-only statements for {@link ColumnPrefixTest}: one course result map, reused flat and nested through
 * {@code columnPrefix}, and the same nested map over a join whose columns clash.
 */
interface ColumnPrefixMapper {

    StudentRow studentWithCourses(long id);

    List<Course> coursesOf(long id);

    StudentRow studentWithCoursesUnprefixed(long id);
}
