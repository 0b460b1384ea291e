package dev.m2m.bench.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class SchoolDataTest {

    @Test
    void shouldGenerateTheSameSchoolEveryTime() {
        var first = SchoolData.generate(Size.S_1K);
        var second = SchoolData.generate(Size.S_1K);

        assertThat(second.links()).usingElementComparator(Arrays::compare).containsExactlyElementsOf(first.links());
        assertThat(second.capacities()).containsExactly(first.capacities());
    }

    /** Every probe's answer size, counted from the links themselves, at every size the benchmarks use. */
    @ParameterizedTest
    @EnumSource(Size.class)
    void shouldPlantEveryProbeWithItsExactAnswerSize(Size size) {
        var data = SchoolData.generate(size);
        var perCourse = new HashMap<Long, Set<Long>>();
        var perStudent = new HashMap<Long, Set<Long>>();
        for (long[] link : data.links()) {
            assertThat(perCourse.computeIfAbsent(link[1], id -> new HashSet<>()).add(link[0]))
                    .as("link %s/%s twice", link[0], link[1]).isTrue();
            perStudent.computeIfAbsent(link[0], id -> new HashSet<>()).add(link[1]);
        }

        for (CourseProbe probe : CourseProbe.values()) {
            if (probe.existsIn(size)) {
                assertThat(perCourse.get(probe.id())).as(probe.name()).hasSize(probe.students);
                assertThat(data.capacities()[(int) probe.id() - 1]).as("room for the writes")
                        .isGreaterThan(probe.students);
            }
        }
        assertThat(Arrays.stream(CourseProbe.values()).filter(probe -> probe.existsIn(size)).count())
                .as("probe courses at %s", size).isEqualTo(size == Size.S_1K ? 2 : size == Size.S_10K ? 3 : 4);
        for (StudentProbe probe : StudentProbe.values()) {
            assertThat(perStudent.get(probe.id())).as(probe.name()).hasSize(probe.courses)
                    .allMatch(course -> course > CourseProbe.values().length || !CourseProbe.values()[(int) (course - 1)]
                            .existsIn(size), "takes background courses only");
        }
        for (ClassmatesProbe probe : ClassmatesProbe.values()) {
            if (probe.existsIn(size)) {
                assertThat(perStudent.get(probe.id())).as(probe.name()).containsExactly(probe.course.id());
                assertThat(classmates(probe.id(), perStudent, perCourse)).as(probe.name())
                        .isEqualTo(probe.classmates());
            }
        }
        assertThat(data.pageAfter() + SchoolData.PAGE).as("a whole page of background students")
                .isLessThanOrEqualTo(data.students());
        assertThat(data.pageAfter()).isGreaterThan(ClassmatesProbe.values()[1].id());
    }

    @Test
    void shouldGiveEachBackgroundStudentAHandfulOfDistinctCoursesAndTheCoursesASkew() {
        var data = SchoolData.generate(Size.S_10K);
        int[] perCourse = new int[data.courses()];
        for (long[] link : data.links()) {
            perCourse[(int) link[1] - 1]++;
        }
        int firstBackgroundCourse = 3; // C_10, C_100 and C_1K exist at 10,000 students

        double perStudent = (double) data.links().size() / data.students();
        assertThat(perStudent).isBetween(3.5, 6.0);
        assertThat(perCourse[firstBackgroundCourse]).as("the most popular background course")
                .isGreaterThan(20 * perCourse[data.courses() - 1]);
        for (int c = 0; c < data.courses(); c++) {
            assertThat(data.capacities()[c]).as("room for the write benchmarks").isGreaterThan(perCourse[c]);
        }
    }

    private static int classmates(long student, Map<Long, Set<Long>> perStudent, Map<Long, Set<Long>> perCourse) {
        var classmates = new HashSet<Long>();
        for (long course : perStudent.get(student)) {
            classmates.addAll(perCourse.get(course));
        }
        classmates.remove(student);
        return classmates.size();
    }
}
