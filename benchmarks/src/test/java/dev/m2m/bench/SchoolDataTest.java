package dev.m2m.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

class SchoolDataTest {

    @Test
    void shouldGenerateTheSameSchoolEveryTime() {
        var first = SchoolData.generate(Size.S_1K);
        var second = SchoolData.generate(Size.S_1K);

        assertThat(second.links()).usingElementComparator(Arrays::compare).containsExactlyElementsOf(first.links());
        assertThat(second.capacities()).containsExactly(first.capacities());
    }

    @Test
    void shouldGiveEachStudentAHandfulOfDistinctCoursesAndTheCoursesASkew() {
        var data = SchoolData.generate(Size.S_10K);
        int[] perCourse = new int[data.courses()];
        var distinct = new HashSet<String>();
        for (long[] link : data.links()) {
            perCourse[(int) link[1] - 1]++;
            assertThat(distinct.add(link[0] + "/" + link[1])).as("link %s/%s twice", link[0], link[1]).isTrue();
        }

        double perStudent = (double) data.links().size() / data.students();
        assertThat(perStudent).isBetween(3.5, 6.0);
        assertThat(perCourse[0]).as("the most popular course").isGreaterThan(20 * perCourse[data.courses() - 1]);
        for (int c = 0; c < data.courses(); c++) {
            assertThat(data.capacities()[c]).as("room for the write benchmarks").isGreaterThan(perCourse[c]);
        }
    }
}
