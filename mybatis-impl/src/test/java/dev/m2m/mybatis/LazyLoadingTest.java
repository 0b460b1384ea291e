package dev.m2m.mybatis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.m2m.contract.StatementRecorder;
import dev.m2m.contract.TestDatabase;
import dev.m2m.core.Course;
import dev.m2m.core.Registrar;
import dev.m2m.core.SchoolImport.Link;
import dev.m2m.core.SchoolImport.NewCourse;
import dev.m2m.core.SchoolImport;
import dev.m2m.mybatis.mapping.StudentRow;
import dev.m2m.mybatis.showcase.LoadingShowcaseMapper;
import java.util.List;
import org.apache.ibatis.session.SqlSessionFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * MyBatis lazy loading ({@code fetchType="lazy"}), counted: the N+1 of a nested select, deferred to whoever
 * touches the collection, toString included; and after the session is closed, not an exception as in
 * Hibernate but a new connection, which reads what is committed by then.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LazyLoadingTest {

    private final StatementRecorder statements = new StatementRecorder();
    private SqlSessionFactory factory;
    private Registrar registrar;
    private List<Long> courses;
    private long kim;

    @BeforeAll
    void addTheTestMapper() {
        factory = MyBatisSetup.sqlSessionFactory(statements.wrap(TestDatabase.H2.dataSource()));
        // the lazy maps load their courses with the showcase's nested select
        factory.getConfiguration().addMapper(LoadingShowcaseMapper.class);
        factory.getConfiguration().addMapper(LazyLoadingMapper.class);
        registrar = MyBatisRegistrar.create(TestDatabase.H2.dataSource());
    }

    @BeforeEach
    void kimInArtAndBiologyLouInArt() {
        TestDatabase.H2.clean(TestDatabase.H2.dataSource());
        var school = registrar.importSchool(new SchoolImport(List.of("Kim", "Lou", "Idle"),
                List.of(new NewCourse("Art", 5), new NewCourse("Biology", 5)),
                List.of(new Link(0, 0), new Link(0, 1), new Link(1, 0))));
        courses = school.courseIds();
        kim = school.studentIds().get(0);
        statements.reset();
    }

    // tag::lazy-counts[]
    @Test
    void shouldSendOneStatementForTheListAndOneForEachStudentWhoseCoursesAreTouched() {
        try (var session = factory.openSession()) {
            var students = session.getMapper(LazyLoadingMapper.class).allLazily();
            assertThat(statements.count()).isEqualTo(1);

            assertThat(students.get(0).getCourses()).extracting(Course::name).containsExactly("Art", "Biology");
            students.get(0).getCourses();
            assertThat(statements.count()).as("Kim's courses, loaded once").isEqualTo(2);
        }
    }

    @Test
    void shouldLoadTheCoursesWhenToStringIsCalledEvenIfItPrintsNoCourse() {
        try (var session = factory.openSession()) {
            var students = session.getMapper(LazyLoadingMapper.class).allLazily();

            var logged = students.stream().map(LazyStudent::toString).toList();

            assertThat(logged).containsExactly("LazyStudent[id=%d, name=Kim]".formatted(students.get(0).getId()),
                    "LazyStudent[id=%d, name=Lou]".formatted(students.get(1).getId()),
                    "LazyStudent[id=%d, name=Idle]".formatted(students.get(2).getId()));
            assertThat(statements.count()).as("a log line per student: N+1").isEqualTo(1 + 3);
        }
    }

    @Test
    void shouldLoadOnANewConnectionAfterTheSessionClosedSeeingWhatWasCommittedSince() {
        List<LazyStudent> students;
        try (var session = factory.openSession()) {
            students = session.getMapper(LazyLoadingMapper.class).allLazily();
        }
        var lou = students.get(1);
        registrar.enroll(lou.getId(), courses.get(1));

        // no exception: MyBatis opens a connection for the load, and reads Lou's enrolment made after the list
        assertThat(lou.getCourses()).extracting(Course::name).containsExactly("Art", "Biology");
        assertThat(statements.count()).isEqualTo(1 + 1);
    }

    @Test
    void shouldFailToReadIntoAFinalClassLazily() {
        try (var session = factory.openSession()) {
            var failure = catchThrowable(() -> session.getMapper(LazyLoadingMapper.class).finalRowLazily(kim));

            assertThat(failure).hasMessageContaining("Error creating lazy proxy")
                    .hasMessageContaining("dev.m2m.mybatis.mapping.StudentRow is final");
        }
    }
    // end::lazy-counts[]
}
