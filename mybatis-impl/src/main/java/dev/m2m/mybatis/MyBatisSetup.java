package dev.m2m.mybatis;

import dev.m2m.core.Course;
import dev.m2m.core.Student;
import dev.m2m.mybatis.mapping.AccessibleConstructorObjectFactory;
import dev.m2m.mybatis.mapping.CourseMapper;
import dev.m2m.mybatis.mapping.CourseRow;
import dev.m2m.mybatis.mapping.CourseStatsRow;
import dev.m2m.mybatis.mapping.EnrollmentMapper;
import dev.m2m.mybatis.mapping.EnrollmentRow;
import dev.m2m.mybatis.mapping.LockedCourse;
import dev.m2m.mybatis.mapping.MemberRow;
import dev.m2m.mybatis.mapping.SeatCount;
import dev.m2m.mybatis.mapping.StudentMapper;
import dev.m2m.mybatis.mapping.StudentRow;
import javax.sql.DataSource;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.LocalCacheScope;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.SqlSessionFactoryBuilder;
import org.apache.ibatis.transaction.jdbc.JdbcTransactionFactory;

/**
 * Configures MyBatis in code, on a DataSource the caller owns: no mybatis-config.xml. Adding a mapper
 * interface makes MyBatis load the XML of the same name from the same package path.
 */
public final class MyBatisSetup {

    private MyBatisSetup() {
    }

    // tag::configuration[]
    public static SqlSessionFactory sqlSessionFactory(DataSource dataSource) {
        var configuration = new Configuration(new Environment("m2m", new JdbcTransactionFactory(), dataSource));
        // Short names for the result types the mapper XML builds; registered before the mappers are parsed.
        var aliases = configuration.getTypeAliasRegistry();
        aliases.registerAlias("Student", Student.class);
        aliases.registerAlias("Course", Course.class);
        aliases.registerAlias("CourseStatsRow", CourseStatsRow.class);
        aliases.registerAlias("StudentRow", StudentRow.class);
        aliases.registerAlias("CourseRow", CourseRow.class);
        aliases.registerAlias("MemberRow", MemberRow.class);
        aliases.registerAlias("LockedCourse", LockedCourse.class);
        aliases.registerAlias("SeatCount", SeatCount.class);
        aliases.registerAlias("EnrollmentRow", EnrollmentRow.class);
        // Nested selects run when their row is read, not later behind the caller's back (the default, said
        // out loud because the showcase depends on it).
        configuration.setLazyLoadingEnabled(false);
        // A session lives for one registrar call; its local cache must not outlive a statement either,
        // or a re-read after a write inside one call could be served stale.
        configuration.setLocalCacheScope(LocalCacheScope.STATEMENT);
        // Result rows built without an exception per row; the class says why.
        configuration.setObjectFactory(new AccessibleConstructorObjectFactory());
        configuration.addMapper(StudentMapper.class);
        configuration.addMapper(CourseMapper.class);
        configuration.addMapper(EnrollmentMapper.class);
        return new SqlSessionFactoryBuilder().build(configuration);
    }
    // end::configuration[]
}
