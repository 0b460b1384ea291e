/**
 * The MyBatis mapping of the shared schema, what a reader copies: the mapper interfaces
 * ({@link dev.m2m.mybatis.mapping.StudentMapper}, {@link dev.m2m.mybatis.mapping.CourseMapper},
 * {@link dev.m2m.mybatis.mapping.EnrollmentMapper}), each with its XML at the same path under
 * {@code src/main/resources}, and the rows their result maps build ({@code ...Row}, {@code LockedCourse},
 * {@code SeatCount}), each turned into the domain's records by the registrar's parts. The object factory that
 * builds them ({@link dev.m2m.mybatis.mapping.AccessibleConstructorObjectFactory}) is set by
 * {@code MyBatisSetup}.
 */
package dev.m2m.mybatis.mapping;
