package dev.m2m.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.m2m.core.CourseWithStudents;
import dev.m2m.core.Grade;
import dev.m2m.core.StudentWithCourses;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Statement counts of reads: each read sends the number of statements its implementation promises, the same
 * on 3 students and on 60: no N+1. ({@link WriteCountContract} holds the writes to theirs.)
 */
public interface ReadCountContract extends ContractFixture {

    @ParameterizedTest(name = "{0}")
    @EnumSource(ReadOperation.class)
    default void shouldSendTheSameNumberOfStatementsForSmallAndLargeData(ReadOperation operation) {
        int expected = implementation().statementsFor(operation);

        var small = SampleSchool.create(registrar(), 3, 2, 2);
        statements().reset();
        int smallResult = rowsBehind(read(operation, small));
        int smallCount = statements().count();

        database().clean(pool());
        var large = SampleSchool.create(registrar(), 60, 12, 4);
        statements().reset();
        int largeResult = rowsBehind(read(operation, large));
        int largeCount = statements().count();

        assertThat(largeResult).as("the larger data set gives %s a larger result", operation)
                .isGreaterThanOrEqualTo(smallResult);
        assertThat(smallCount).as("%s statements on 3 students", operation).isEqualTo(expected);
        assertThat(largeCount).as("%s statements on 60 students", operation).isEqualTo(expected);
    }

    private Object read(ReadOperation operation, SampleSchool school) {
        return switch (operation) {
            case STUDENTS_IN -> registrar().studentsIn(school.firstCourse().name());
            case COURSES_OF -> registrar().coursesOf(school.firstStudent().id());
            case FIND_STUDENT -> registrar().findStudent(school.firstStudent().id());
            case FIND_COURSE -> registrar().findCourse(school.firstCourse().id());
            case LIST_STUDENTS -> registrar().listStudents(0, 50);
            case COURSE_STATS -> registrar().courseStats();
            case CLASSMATES_OF -> registrar().classmatesOf(school.firstStudent().id());
            case STUDENTS_WITHOUT_COURSES -> registrar().studentsWithoutCourses();
            case TRANSCRIPT_OF -> registrar().transcriptOf(school.firstStudent().id());
            case ROSTER_OF -> registrar().rosterOf(school.firstCourse().id());
            case GRADED_AT_LEAST -> registrar().gradedAtLeast(school.firstCourse().id(), Grade.of(50));
        };
    }

    /** The number of rows behind a read's result, to show the larger data set really is larger. */
    private static int rowsBehind(Object result) {
        if (result instanceof StudentWithCourses student) {
            return student.courses().size();
        }
        if (result instanceof CourseWithStudents course) {
            return course.students().size();
        }
        return ((List<?>) result).stream()
                .mapToInt(row -> row instanceof StudentWithCourses student ? 1 + student.courses().size() : 1)
                .sum();
    }
}
