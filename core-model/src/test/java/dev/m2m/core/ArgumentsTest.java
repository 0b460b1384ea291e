package dev.m2m.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
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

    @Test
    void shouldAcceptAsManyCourseIdsAsTheMaximumAndNoMore() {
        var most = LongStream.rangeClosed(1, Arguments.MAX_ENROLL_ALL).boxed().toList();

        assertThat(Arguments.courseIds(most)).hasSize(Arguments.MAX_ENROLL_ALL);
        assertThatThrownBy(() -> Arguments.courseIds(LongStream.rangeClosed(1, 70_000).boxed().toList()))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("enrollAll takes at most 1000 course ids at once, was 70000");
    }

    @Test
    void shouldAcceptSurrogatePairsWhereverTheyStand() {
        assertThat(Arguments.studentName("\uD83C\uDF93")).isEqualTo("\uD83C\uDF93");
        assertThat(Arguments.studentName("a\uD83C\uDF93")).isEqualTo("a\uD83C\uDF93");
        assertThat(Arguments.studentName("\uD83C\uDF93\uD83C\uDF93b")).isEqualTo("\uD83C\uDF93\uD83C\uDF93b");
    }

    @Test
    void shouldRejectEverySurrogateThatIsNotHalfOfAPair() {
        assertThatThrownBy(() -> Arguments.studentName("ends high \uD83C"))
                .hasMessage("student name must not contain an unpaired surrogate, found U+D83C at index 10");
        assertThatThrownBy(() -> Arguments.studentName("\uDF93\uD83C backwards"))
                .hasMessage("student name must not contain an unpaired surrogate, found U+DF93 at index 0");
        assertThatThrownBy(() -> Arguments.studentName("\uD83C\uD83C\uDF93"))
                .hasMessage("student name must not contain an unpaired surrogate, found U+D83C at index 0");
    }

    @Test
    void shouldCallANameBlankWhenNothingInItCanBeSeen() {
        for (String blank : List.of("", " ", "\t\n", "\u00A0", "\u2007\u202F", "\u3000", "\u200B", "\uFEFF",
                "\u00AD", "\u200B \u00A0\u2060", "\u0001\u0085", "\u3164", "\u115F\u1160", "\uFFA0", "\u2800",
                "\u034F\uFE0F", "\uDB40\uDD00")) {
            assertThatThrownBy(() -> Arguments.courseName(blank)).as("%s", blank.codePoints().boxed().toList())
                    .isInstanceOf(InvalidArgumentException.class)
                    .hasMessage("course name must not be blank");
        }
        assertThat(Arguments.courseName("\u00A0x\u200B")).isEqualTo("\u00A0x\u200B");
        assertThat(Arguments.courseName("bell\u0007")).isEqualTo("bell\u0007");
        assertThat(Arguments.courseName("\u2764\uFE0F")).as("a heart and its emoji selector").isEqualTo("\u2764\uFE0F");
    }
}
