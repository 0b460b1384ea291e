package dev.m2m.mybatis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.m2m.contract.TestDatabase;
import dev.m2m.mybatis.mapping.StudentRow;
import java.util.function.BiFunction;
import org.apache.ibatis.exceptions.PersistenceException;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * What {@code notNullColumn} adds to a {@code <collection>}, on MyBatis 3.5.19. Without it MyBatis already
 * builds no child from a row whose child columns are all NULL, the row a LEFT JOIN gives a student
 * without courses. With it, the named column alone decides: the child is skipped as soon as
 * {@code course_id} is NULL, even when another of its columns is not (a default, a computed column).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotNullColumnTest {

    private SqlSessionFactory factory;
    private long idle;

    @BeforeAll
    void addTheTestMapper() {
        factory = MyBatisSetup.sqlSessionFactory(TestDatabase.H2.dataSource());
        factory.getConfiguration().addMapper(NotNullColumnMapper.class);
    }

    @BeforeEach
    void aStudentWithoutCourses() {
        TestDatabase.H2.clean(TestDatabase.H2.dataSource());
        idle = MyBatisRegistrar.create(TestDatabase.H2.dataSource()).addStudent("Idle").id();
    }

    // tag::not-null-column[]
    @Test
    void shouldBuildNoCourseFromAllNullColumnsWithOrWithoutIt() {
        assertThat(read(NotNullColumnMapper::plainJoinWithNotNullColumn).toStudentWithCourses().courses()).isEmpty();
        assertThat(read(NotNullColumnMapper::plainJoinWithoutNotNullColumn).toStudentWithCourses().courses())
                .isEmpty();
    }

    @Test
    void shouldSkipTheCourseByItsIdAloneWhenAnotherColumnHasAValue() {
        // with notNullColumn: course_id is NULL, so no course, whatever the defaulted capacity says
        assertThat(read(NotNullColumnMapper::defaultedCapacityWithNotNullColumn).toStudentWithCourses().courses())
                .isEmpty();
        // without it: a non-NULL column makes MyBatis build a course from a NULL id, which cannot be done
        assertThat(catchThrowable(() -> read(NotNullColumnMapper::defaultedCapacityWithoutNotNullColumn)))
                .as("a course built from course_id NULL")
                .isInstanceOf(PersistenceException.class)
                .hasMessageContaining("cannot create dev.m2m.core.Course from [null, null, 0]");
    }
    // end::not-null-column[]

    private StudentRow read(BiFunction<NotNullColumnMapper, Long, StudentRow> query) {
        try (var session = factory.openSession()) {
            return query.apply(session.getMapper(NotNullColumnMapper.class), idle);
        }
    }
}
