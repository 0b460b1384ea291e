package dev.m2m.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArgumentsTest {

    @Test
    void shouldAcceptNamesUpToTheColumnWidthInUtf16Units() {
        assertThat(Arguments.studentName("x".repeat(100))).hasSize(100);
        assertThat(Arguments.courseName("\uD83C\uDF93".repeat(50))).hasSize(100);
        assertThat(Arguments.studentName(" Ann ")).isEqualTo(" Ann ");
    }

    @Test
    void shouldRejectNamesOnePastTheColumnWidth() {
        assertThatThrownBy(() -> Arguments.studentName("x".repeat(101)))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("student name must be at most 100 characters, was 101");
        assertThatThrownBy(() -> Arguments.courseName("\uD83C\uDF93".repeat(50) + "x"))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("course name must be at most 100 characters, was 101");
    }

    @Test
    void shouldAcceptTheBoundariesOfCapacityAndPageLimit() {
        assertThat(Arguments.capacity(1)).isEqualTo(1);
        assertThat(Arguments.capacity(Arguments.MAX_CAPACITY)).isEqualTo(Arguments.MAX_CAPACITY);
        assertThat(Arguments.pageLimit(1)).isEqualTo(1);
        assertThat(Arguments.pageLimit(Arguments.MAX_PAGE_LIMIT)).isEqualTo(Arguments.MAX_PAGE_LIMIT);
        assertThat(Arguments.afterId(0)).isZero();
    }

    @Test
    void shouldRejectOnePastTheBoundariesOfCapacityAndPageLimit() {
        assertThatThrownBy(() -> Arguments.capacity(Arguments.MAX_CAPACITY + 1))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("capacity must be between 1 and 100000, was 100001");
        assertThatThrownBy(() -> Arguments.pageLimit(Arguments.MAX_PAGE_LIMIT + 1))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("page limit must be between 1 and 1000, was 1001");
    }

    @Test
    void shouldCopyCourseIdsSoThatTheCallerCannotChangeThemLater() {
        var ids = Arrays.asList(3L, 1L, 2L);

        var checked = Arguments.courseIds(ids);
        ids.set(0, 99L);

        assertThat(checked).containsExactly(3L, 1L, 2L);
        assertThatThrownBy(() -> checked.add(4L)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(Arguments.courseIds(List.of())).isEmpty();
    }
}
