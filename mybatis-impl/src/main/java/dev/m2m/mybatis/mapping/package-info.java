/**
 * The MyBatis mapping of the shared schema, what a reader copies: the mapper interfaces
 * ({@link dev.m2m.mybatis.mapping.StudentMapper}, {@link dev.m2m.mybatis.mapping.CourseMapper},
 * {@link dev.m2m.mybatis.mapping.EnrollmentMapper}), each with its XML at the same path under
 * {@code src/main/resources}, and the rows their result maps build: the {@code ...Row}s, which the
 * registrar's parts turn into the domain's records, and {@code LockedCourse} and {@code SeatCount}, which
 * the enrolment checks read. {@link dev.m2m.mybatis.MyBatisSetup} registers them and sets the object factory
 * that builds them ({@link dev.m2m.mybatis.mapping.AccessibleConstructorObjectFactory}).
 */
package dev.m2m.mybatis.mapping;
