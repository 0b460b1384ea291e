package dev.m2m.mybatis;

import dev.m2m.mybatis.mapping.StudentRow;

/**
 * Test-only statements for {@link NotNullColumnTest}: one student and their courses through two result
 * maps that differ only in {@code notNullColumn}, and two queries that differ only in whether a course
 * column can be non-NULL on the row of a student without courses.
 */
interface NotNullColumnMapper {

    StudentRow plainJoinWithNotNullColumn(long id);

    StudentRow plainJoinWithoutNotNullColumn(long id);

    StudentRow defaultedCapacityWithNotNullColumn(long id);

    StudentRow defaultedCapacityWithoutNotNullColumn(long id);
}
