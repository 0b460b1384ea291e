package dev.m2m.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.m2m.core.ArgumentChecks;
import dev.m2m.core.Grade;
import dev.m2m.core.NotFoundException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The writes whose cost could grow with a collection send a fixed number of statements, the one each
 * implementation states for every {@link WriteOperation}: the same with 10 links as with more links
 * than any batch or fetch size in the project. A delete that loaded a course's students, or links
 * inserted in JDBC batches smaller than {@code enrollAll}'s list, would fail here.
 */
public interface WriteCountContract extends ContractFixture {

    // tag::write-counts[]
    @ParameterizedTest(name = "{0}")
    @EnumSource(WriteOperation.class)
    default void shouldSendTheSameNumberOfStatementsForTenLinksAndForMoreThanAnyBatch(WriteOperation operation) {
        int expected = implementation().statementsFor(operation);

        var few = HubSchool.create(registrar(), 10);
        statements().reset();
        write(operation, few);
        int fewCount = statements().count();
        assertWritten(operation, few);

        database().clean(pool());
        var many = HubSchool.create(registrar(), HubSchool.MANY_LINKS);
        statements().reset();
        write(operation, many);
        int manyCount = statements().count();
        assertWritten(operation, many);

        assertThat(fewCount).as("%s statements with 10 links", operation).isEqualTo(expected);
        assertThat(manyCount).as("%s statements with %d links", operation, many.links()).isEqualTo(expected);
    }
    // end::write-counts[]

    private void write(WriteOperation operation, HubSchool school) {
        switch (operation) {
            case ENROLL -> registrar().enroll(school.hubStudent(), school.hubCourse());
            case ENROLL_ALL -> registrar().enrollAll(school.newcomer(), spareCoursesForEnrollAll(school));
            case DROP -> registrar().drop(school.hubStudent(), school.spareCourses().get(0));
            case GRADE -> registrar().grade(school.hubStudent(), school.spareCourses().get(0), Grade.of(80));
            case DELETE_STUDENT -> registrar().deleteStudent(school.hubStudent());
            case DELETE_COURSE -> registrar().deleteCourse(school.hubCourse());
        }
    }

    private static List<Long> spareCoursesForEnrollAll(HubSchool school) {
        return school.spareCourses().subList(0, Math.min(school.links(), ArgumentChecks.MAX_ENROLL_ALL));
    }

    /** The write did what it says, so that a count of statements that did nothing cannot pass. */
    private void assertWritten(WriteOperation operation, HubSchool school) {
        int links = school.links();
        switch (operation) {
            case ENROLL -> assertThat(registrar().coursesOf(school.hubStudent())).hasSize(links + 1);
            case ENROLL_ALL -> assertThat(registrar().coursesOf(school.newcomer()))
                    .hasSize(spareCoursesForEnrollAll(school).size());
            case DROP -> assertThat(registrar().coursesOf(school.hubStudent())).hasSize(links - 1);
            case GRADE -> assertThat(registrar().transcriptOf(school.hubStudent()))
                    .filteredOn(enrollment -> enrollment.grade() != null).hasSize(1);
            case DELETE_STUDENT -> {
                assertThatThrownBy(() -> registrar().findStudent(school.hubStudent()))
                        .isInstanceOf(NotFoundException.class);
                assertThat(registrar().courseStats()).as("the spare courses, emptied")
                        .filteredOn(stats -> stats.enrolled() == 0).hasSize(links);
            }
            case DELETE_COURSE -> {
                assertThatThrownBy(() -> registrar().findCourse(school.hubCourse()))
                        .isInstanceOf(NotFoundException.class);
                assertThat(registrar().coursesOf(school.hubStudent())).hasSize(links);
                assertThat(registrar().studentsWithoutCourses()).hasSize(links + 1);
            }
        }
    }
}
