package dev.m2m.springdatajpa.showcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.m2m.contract.StatementRecorder;
import dev.m2m.contract.TestDatabase;
import dev.m2m.core.Registrar;
import dev.m2m.core.SchoolImport.Link;
import dev.m2m.core.SchoolImport.NewCourse;
import dev.m2m.core.SchoolImport;
import dev.m2m.core.Student;
import dev.m2m.jpa.mapping.CourseEntity;
import dev.m2m.jpa.mapping.StudentEntity;
import dev.m2m.springdatajpa.SpringDataJpaRegistrar;
import dev.m2m.springdatajpa.mapping.StudentRow;
import java.lang.reflect.Proxy;
import java.util.List;
import org.hibernate.Hibernate;
import org.hibernate.LazyInitializationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.dao.InvalidDataAccessResourceUsageException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * What the repository methods Spring Data users write first send, counted: six students, four courses.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpringDataJpaShowcaseH2Test {

    private final StatementRecorder statements = new StatementRecorder();
    private SpringDataShowcase showcase;
    private ShowcaseStudentRepository students;
    private Registrar registrar;
    private List<Long> studentIds;

    @BeforeAll
    void start() {
        showcase = new SpringDataShowcase(statements.wrap(TestDatabase.H2.dataSource()));
        students = showcase.students();
        registrar = SpringDataJpaRegistrar.create(TestDatabase.H2.dataSource());
    }

    @AfterAll
    void stop() {
        showcase.close();
        registrar.close();
    }

    @BeforeEach
    void sixStudentsThreeCourses() {
        TestDatabase.H2.clean(TestDatabase.H2.dataSource());
        // Kim: Art, Biology; Lou: Art; Max: Biology, Chemistry; Noa: none; Oli: Art; Pat: Chemistry; Drama: nobody
        var school = registrar.importSchool(new SchoolImport(List.of("Kim", "Lou", "Max", "Noa", "Oli", "Pat"),
                List.of(new NewCourse("Art", 10), new NewCourse("Biology", 10), new NewCourse("Chemistry", 10),
                        new NewCourse("Drama", 10)),
                List.of(new Link(0, 0), new Link(0, 1), new Link(1, 0), new Link(2, 1), new Link(2, 2),
                        new Link(4, 0), new Link(5, 2))));
        studentIds = school.studentIds();
        statements.reset();
    }

    @Test
    void shouldFindTheStudentsOfACourseByADerivedQueryAcrossTheJoinInOneStatement() {
        var inArt = students.findByCourses_Name("Art");

        assertThat(inArt).extracting(StudentEntity::getName).containsExactlyInAnyOrder("Kim", "Lou", "Oli");
        assertThat(statements.count()).isEqualTo(1);
        assertThat(students.findByCourses_Name("Drama")).as("a course nobody takes").isEmpty();
        assertThat(students.findByCourses_Name("Dance")).as("a course that does not exist, alike").isEmpty();
    }

    // tag::derived-from-the-student[]
    @Test
    void shouldAnswerStudentsInLikeTheRegistrarThroughTheOrderedDerivedQueryJoiningOuterFromTheStudent() {
        var reads = showcase.derivedQueryReads();

        assertThat(reads.studentsIn("Art")).isEqualTo(registrar.studentsIn("Art"))
                .extracting(Student::name).containsExactly("Kim", "Lou", "Oli");
        // one statement, from student, the path to the course's name as outer joins; the filter in the WHERE
        assertThat(statements.statements()).singleElement().extracting(statement -> statement.sql().get(0))
                .asString().containsPattern("from student \\w+ left join enrollment \\w+ on .* left join course \\w+ on "
                        + ".* where \\w+\\.name=\\?");
        assertThat(reads.studentsIn("Dance")).as("where the registrar throws NotFoundException").isEmpty();
    }
    // end::derived-from-the-student[]

    @Test
    void shouldLoadAStudentAndTheirCoursesInOneStatementWithAnEntityGraph() {
        var kim = students.findWithCoursesById(studentIds.get(0)).orElseThrow();

        assertThat(Hibernate.isInitialized(kim.getCourses())).isTrue();
        assertThat(kim.getCourses()).extracting(CourseEntity::getName).containsExactly("Art", "Biology");
        assertThat(statements.count()).isEqualTo(1);
    }

    @Test
    void shouldThrowLazyInitializationOnceTheRepositorysTransactionHasEnded() {
        var kim = students.findById(studentIds.get(0)).orElseThrow();

        var failure = catchThrowable(() -> kim.getCourses().size());

        assertThat(failure).isInstanceOf(LazyInitializationException.class).hasMessageContaining("no session");
        assertThat(statements.count()).isEqualTo(1);
    }

    // tag::open-in-view[]
    @Test
    void shouldLoadEachStudentsCoursesOnTouchWhenTheEntityManagerIsHeldOpenInView() {
        var names = showcase.withEntityManagerOpenInView(() -> students.findByCourses_Name("Art").stream()
                .map(student -> student.getName() + ": " + student.getCourses().size())
                .sorted()
                .toList());

        assertThat(names).containsExactly("Kim: 2", "Lou: 1", "Oli: 1");
        assertThat(statements.count()).as("1 for the students, then 1 per student whose courses the view touched")
                .isEqualTo(1 + 3);
    }
    // end::open-in-view[]

    @Test
    void shouldPageStudentsWithTheirCoursesByIdsFirstThenTheGraph() {
        var page = students.findIdPage(PageRequest.of(0, 4, Sort.by("id")));
        var withCourses = students.findByIdIn(page.getContent(), Sort.by("id"));

        assertThat(withCourses).extracting(StudentEntity::getName).containsExactly("Kim", "Lou", "Max", "Noa");
        assertThat(withCourses.get(0).getCourses()).extracting(CourseEntity::getName)
                .containsExactly("Art", "Biology");
        assertThat(page.getTotalElements()).isEqualTo(6);
        assertThat(statements.count()).as("the page of ids, its count, the graph").isEqualTo(3);
    }

    /**
     * The three pages the benchmarks time beside the registrar's (NaiveLoadingBenchmarks), as records: the same
     * students and courses as the registrar's keyset page, at 1 + 3, 2 and 3 statements.
     */
    @Test
    void shouldLoadTheRegistrarsPageInViewByAPageableGraphAndByPageableIdsThenTheGraph() {
        long afterId = studentIds.get(2);
        var expected = registrar.listStudents(afterId, 3);
        statements.reset();

        assertThat(showcase.pageLoadedInView(afterId, 3)).isEqualTo(expected);
        assertThat(statements.count()).as("the students, then each one's courses on touch").isEqualTo(1 + 3);
        statements.reset();
        // six students: the second page of three is the students after the third
        var secondPage = PageRequest.of(1, 3, Sort.by("id"));
        assertThat(showcase.pages().pageOfEntityGraph(secondPage)).isEqualTo(expected);
        assertThat(statements.count()).as("the page with its courses, the count").isEqualTo(2);
        statements.reset();
        assertThat(showcase.pages().pageOfIdsThenGraph(secondPage)).isEqualTo(expected);
        assertThat(statements.count()).as("the page of ids, its count, the graph").isEqualTo(3);
    }

    // tag::page-on-a-fetch[]
    @Test
    void shouldPageAnEntityGraphInADerivedTableOnHibernate74WithWholeCollections() {
        var page = students.findPageWithCoursesBy(PageRequest.of(0, 4, Sort.by("id")));

        assertThat(page.getContent()).extracting(StudentEntity::getName).containsExactly("Kim", "Lou", "Max", "Noa");
        assertThat(page.getContent().get(0).getCourses()).extracting(CourseEntity::getName)
                .containsExactly("Art", "Biology");
        assertThat(page.getTotalElements()).isEqualTo(6);
        // the students cut first (offset/fetch first inside the derived table), their courses joined after;
        // then Spring Data's count query
        assertThat(statements.statements()).hasSize(2);
        assertThat(statements.statements().get(0).sql().get(0))
                .contains("from (select se1_0.id,se1_0.name from student se1_0 order by se1_0.id offset ? rows "
                        + "fetch first ? rows only)");
        assertThat(statements.statements().get(1).sql().get(0)).startsWith("select count(");
    }

    @Test
    void shouldPageAJpqlFetchJoinTheSameWay() {
        var page = students.findPageByFetchJoin(PageRequest.of(1, 4, Sort.by("id")));

        assertThat(page.getContent()).extracting(StudentEntity::getName).containsExactly("Oli", "Pat");
        assertThat(page.getTotalElements()).isEqualTo(6);
        // a short last page: Spring Data works the total out from it and sends no count query
        assertThat(statements.statements()).hasSize(1);
        assertThat(statements.statements().get(0).sql().get(0)).contains("offset ? rows fetch first ? rows only)");
    }

    @Test
    void shouldFailToPrepareAPageWhoseFetchedCollectionIsFilteredOnHibernate7415() {
        var failure = catchThrowable(() -> students.findPageInCoursesOfAtLeast(5, PageRequest.of(0, 4, Sort.by("id"))));

        // the filter on the fetched courses is moved into the derived table of students, where the courses'
        // alias does not exist: invalid SQL, reported when the statement is prepared
        assertThat(failure).isInstanceOf(InvalidDataAccessResourceUsageException.class)
                .hasMessageContaining("Column \"C1_1.CAPACITY\" not found");
    }
    // end::page-on-a-fetch[]

    // tag::projections[]
    @Test
    void shouldSelectOnlyTheColumnsAnInterfaceProjectionNames() {
        var names = students.findByNameStartingWithOrderByNameAscIdAsc("K");

        assertThat(names).extracting(StudentName::getName).containsExactly("Kim");
        assertThat(Proxy.isProxyClass(names.get(0).getClass())).as("a JDK proxy per row, not an entity").isTrue();
        assertThat(statements.statements()).extracting(statement -> statement.sql().get(0)).containsExactly(
                "select se1_0.name from student se1_0 where se1_0.name like ? escape '\\' "
                        + "order by se1_0.name,se1_0.id");
    }

    @Test
    void shouldBuildADtoProjectionFromTheColumnsItsConstructorTakes() {
        var rows = students.findByNameOrderByIdAsc("Lou");

        assertThat(rows).containsExactly(new StudentRow(studentIds.get(1), "Lou"));
        assertThat(statements.statements()).extracting(statement -> statement.sql().get(0)).containsExactly(
                "select se1_0.id,se1_0.name from student se1_0 where se1_0.name=? order by se1_0.id");
    }
    // end::projections[]
}
