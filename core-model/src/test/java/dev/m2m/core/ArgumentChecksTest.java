package dev.m2m.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class ArgumentChecksTest {

    @Test
    void shouldAcceptNamesUpToTheColumnWidthInUtf16Units() {
        assertThat(ArgumentChecks.studentName("x".repeat(100))).hasSize(100);
        assertThat(ArgumentChecks.courseName("\uD83C\uDF93".repeat(50))).hasSize(100);
        assertThat(ArgumentChecks.studentName(" Ann ")).isEqualTo(" Ann ");
    }

    @Test
    void shouldRejectNamesOnePastTheColumnWidth() {
        assertThatThrownBy(() -> ArgumentChecks.studentName("x".repeat(101)))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("student name must be at most 100 characters, was 101");
        assertThatThrownBy(() -> ArgumentChecks.courseName("\uD83C\uDF93".repeat(50) + "x"))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("course name must be at most 100 characters, was 101");
    }

    @Test
    void shouldAcceptTheBoundariesOfCapacityAndPageLimit() {
        assertThat(ArgumentChecks.capacity(1)).isEqualTo(1);
        assertThat(ArgumentChecks.capacity(ArgumentChecks.MAX_CAPACITY)).isEqualTo(ArgumentChecks.MAX_CAPACITY);
        assertThat(ArgumentChecks.pageLimit(1)).isEqualTo(1);
        assertThat(ArgumentChecks.pageLimit(ArgumentChecks.MAX_PAGE_LIMIT)).isEqualTo(ArgumentChecks.MAX_PAGE_LIMIT);
        assertThat(ArgumentChecks.afterId(0)).isZero();
    }

    @Test
    void shouldRejectOnePastTheBoundariesOfCapacityAndPageLimit() {
        assertThatThrownBy(() -> ArgumentChecks.capacity(ArgumentChecks.MAX_CAPACITY + 1))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("capacity must be between 1 and 100000, was 100001");
        assertThatThrownBy(() -> ArgumentChecks.pageLimit(ArgumentChecks.MAX_PAGE_LIMIT + 1))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("page limit must be between 1 and 1000, was 1001");
    }

    @Test
    void shouldCopyCourseIdsSoThatTheCallerCannotChangeThemLater() {
        var ids = Arrays.asList(3L, 1L, 2L);

        var checked = ArgumentChecks.courseIds(ids);
        ids.set(0, 99L);

        assertThat(checked).containsExactly(3L, 1L, 2L);
        assertThatThrownBy(() -> checked.add(4L)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(ArgumentChecks.courseIds(List.of())).isEmpty();
    }

    @Test
    void shouldAcceptAsManyCourseIdsAsTheMaximumAndNoMore() {
        var most = LongStream.rangeClosed(1, ArgumentChecks.MAX_ENROLL_ALL).boxed().toList();

        assertThat(ArgumentChecks.courseIds(most)).hasSize(ArgumentChecks.MAX_ENROLL_ALL);
        assertThatThrownBy(() -> ArgumentChecks.courseIds(LongStream.rangeClosed(1, 70_000).boxed().toList()))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("enrollAll takes at most 1000 course ids at once, was 70000");
    }

    @Test
    void shouldAcceptSurrogatePairsWhereverTheyStand() {
        assertThat(ArgumentChecks.studentName("\uD83C\uDF93")).isEqualTo("\uD83C\uDF93");
        assertThat(ArgumentChecks.studentName("a\uD83C\uDF93")).isEqualTo("a\uD83C\uDF93");
        assertThat(ArgumentChecks.studentName("\uD83C\uDF93\uD83C\uDF93b")).isEqualTo("\uD83C\uDF93\uD83C\uDF93b");
    }

    @Test
    void shouldRejectEverySurrogateThatIsNotHalfOfAPair() {
        assertThatThrownBy(() -> ArgumentChecks.studentName("ends high \uD83C"))
                .hasMessage("student name must not contain an unpaired surrogate, found U+D83C at index 10");
        assertThatThrownBy(() -> ArgumentChecks.studentName("\uDF93\uD83C backwards"))
                .hasMessage("student name must not contain an unpaired surrogate, found U+DF93 at index 0");
        assertThatThrownBy(() -> ArgumentChecks.studentName("\uD83C\uD83C\uDF93"))
                .hasMessage("student name must not contain an unpaired surrogate, found U+D83C at index 0");
    }

    @Test
    void shouldCallANameBlankWhenNothingInItCanBeSeen() {
        for (String blank : List.of("", " ", "\t\n", "\u00A0", "\u2007\u202F", "\u3000", "\u200B", "\uFEFF",
                "\u00AD", "\u200B \u00A0\u2060", "\u0001\u0085", "\u3164", "\u115F\u1160", "\uFFA0", "\u2800",
                "\u034F\uFE0F", "\uDB40\uDD00")) {
            assertThatThrownBy(() -> ArgumentChecks.courseName(blank)).as("%s", blank.codePoints().boxed().toList())
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessage("course name must not be blank");
        }
        assertThat(ArgumentChecks.courseName("\u00A0x\u200B")).isEqualTo("\u00A0x\u200B");
        assertThat(ArgumentChecks.courseName("bell\u0007")).isEqualTo("bell\u0007");
        assertThat(ArgumentChecks.courseName("\u2764\uFE0F")).as("a heart and its emoji selector")
                .isEqualTo("\u2764\uFE0F");
    }
}
