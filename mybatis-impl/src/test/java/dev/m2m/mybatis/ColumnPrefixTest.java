package dev.m2m.mybatis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.m2m.contract.TestDatabase;
import dev.m2m.core.Course;
import dev.m2m.core.SchoolImport;
import dev.m2m.core.SchoolImport.Link;
import dev.m2m.core.SchoolImport.NewCourse;
import java.util.List;
import java.util.function.Function;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * One result map for a course, written once and used flat and nested ({@code columnPrefix}), and what the
 * nested use does without a prefix when the student's and the course's columns share names: it builds
 * wrong courses, silently.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ColumnPrefixTest {

    private SqlSessionFactory factory;
    private long kim;
    private long idle;

    @BeforeAll
    void addTheTestMapper() {
        factory = MyBatisSetup.sqlSessionFactory(TestDatabase.H2.dataSource());
        factory.getConfiguration().addMapper(ColumnPrefixMapper.class);
    }

    @BeforeEach
    void kimInArtAndBiology() {
        TestDatabase.H2.clean(TestDatabase.H2.dataSource());
        var school = MyBatisRegistrar.create(TestDatabase.H2.dataSource()).importSchool(new SchoolImport(
                List.of("Kim", "Idle"), List.of(new NewCourse("Art", 5), new NewCourse("Biology", 7)),
                List.of(new Link(0, 0), new Link(0, 1))));
        kim = school.studentIds().get(0);
        idle = school.studentIds().get(1);
    }

    // tag::column-prefix[]
    @Test
    void shouldReadEachCourseFromItsPrefixedColumnsThroughTheReusedMap() {
        var courses = read(mapper -> mapper.studentWithCourses(kim)).toStudentWithCourses().courses();

        assertThat(courses).extracting(Course::name, Course::capacity).containsExactly(
                tuple("Art", 5), tuple("Biology", 7));
        assertThat(read(mapper -> mapper.studentWithCourses(idle)).toStudentWithCourses().courses()).isEmpty();
    }

    @Test
    void shouldReadTheSameCoursesWithTheSameMapUsedFlat() {
        var nested = read(mapper -> mapper.studentWithCourses(kim)).toStudentWithCourses().courses();
        List<Course> flat = read(mapper -> mapper.coursesOf(kim));

        assertThat(flat).isEqualTo(nested);
    }

    @Test
    void shouldBuildCoursesFromTheStudentsColumnsWhenTheirNamesClash() {
        var student = read(mapper -> mapper.studentWithCoursesUnprefixed(kim)).toStudentWithCourses();

        // "id" and "name" are read from the first column of that label, the student's: one "course" named Kim,
        // with Kim's id, stands for both rows. No error, no warning.
        assertThat(student.courses()).singleElement().satisfies(course -> {
            assertThat(course.id()).isEqualTo(kim);
            assertThat(course.name()).isEqualTo("Kim");
        });
    }
    // end::column-prefix[]

    private <T> T read(Function<ColumnPrefixMapper, T> query) {
        try (var session = factory.openSession()) {
            return query.apply(session.getMapper(ColumnPrefixMapper.class));
        }
    }
}
