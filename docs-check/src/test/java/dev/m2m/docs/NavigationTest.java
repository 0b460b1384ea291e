package dev.m2m.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.m2m.contract.DocsFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every chapter of the tutorial's reading path (the numbered list in {@code docs/README.md}) opens with
 * a line of links to the previous chapter, the contents and the next one, then a summary of at most
 * three lines, and closes with the same line of links. {@code ./docs-update} rewrites a line of links
 * that is out of date (after a chapter is added or renamed); the summary is written by hand.
 */
class NavigationTest {

    private static final Pattern READING_PATH = Pattern.compile("(?m)^(\\d+)\\. \\[([^\\]]+)]\\(([^)]+)\\)");
    private static final String CONTENTS = "[Contents](README.md)";

    private record Chapter(String number, String title, String file) {

        String label() {
            return number + ". " + title;
        }
    }

    @Test
    void shouldOpenAndCloseEveryChapterWithLinksToItsNeighboursAndASummary() {
        Path docs = DocsFiles.root().resolve("docs");
        var chapters = readingPath(Docs.read(docs.resolve("README.md")));
        assertThat(chapters).as("chapters in docs/README.md's reading path").hasSizeGreaterThan(10);
        var problems = new ArrayList<String>();
        for (int i = 0; i < chapters.size(); i++) {
            var chapter = chapters.get(i);
            String expected = navigation(i > 0 ? chapters.get(i - 1) : null,
                    i + 1 < chapters.size() ? chapters.get(i + 1) : null);
            Path file = docs.resolve(chapter.file());
            var lines = new ArrayList<>(Docs.read(file).lines().toList());
            int top = 2;
            int bottom = lastNonBlank(lines);
            if (DocsFiles.updating()) {
                replaceIfNavigation(lines, top, expected);
                replaceIfNavigation(lines, bottom, expected);
                Docs.write(file, String.join("\n", lines) + "\n");
            }
            if (lines.size() < 5 || !lines.get(top).equals(expected)) {
                problems.add(chapter.file() + ": line 3 should be " + expected);
            }
            if (!lines.get(bottom).equals(expected)) {
                problems.add(chapter.file() + ": the last line should be " + expected);
            }
            int summary = 0;
            while (top + 2 + summary < lines.size() && lines.get(top + 2 + summary).startsWith("> ")) {
                summary++;
            }
            if (summary < 1 || summary > 3) {
                problems.add(chapter.file() + ": after the links, a summary of 1 to 3 lines starting '> '");
            }
        }
        assertThat(problems).as("chapter navigation (./docs-update rewrites the lines of links)").isEmpty();
    }

    private static List<Chapter> readingPath(String contents) {
        var chapters = new ArrayList<Chapter>();
        var entry = READING_PATH.matcher(contents);
        while (entry.find()) {
            chapters.add(new Chapter(entry.group(1), entry.group(2), entry.group(3)));
        }
        return chapters;
    }

    private static String navigation(Chapter previous, Chapter next) {
        var links = new ArrayList<String>();
        if (previous != null) {
            links.add("[← %s](%s)".formatted(previous.label(), previous.file()));
        }
        links.add(CONTENTS);
        if (next != null) {
            links.add("[%s →](%s)".formatted(next.label(), next.file()));
        }
        return String.join(" · ", links);
    }

    private static int lastNonBlank(List<String> lines) {
        int last = lines.size() - 1;
        while (last > 0 && lines.get(last).isBlank()) {
            last--;
        }
        return last;
    }

    private static void replaceIfNavigation(List<String> lines, int index, String expected) {
        if (index < lines.size() && lines.get(index).contains(CONTENTS)) {
            lines.set(index, expected);
        }
    }
}
