package dev.m2m.docs;

import dev.m2m.contract.DocsFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The Markdown files this check reads: the README and everything under {@code docs/}. */
final class Docs {

    private Docs() {
    }

    static List<Path> markdown() {
        var root = DocsFiles.root();
        try (Stream<Path> docs = Files.walk(root.resolve("docs"))) {
            return Stream.concat(Stream.of(root.resolve("README.md")),
                            docs.filter(path -> path.toString().endsWith(".md")).sorted())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with its fenced code blocks blanked out, so that nothing inside them counts as a link. */
    static String outsideCodeBlocks(String markdown) {
        var text = new StringBuilder();
        boolean inside = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.stripLeading().startsWith("```")) {
                inside = !inside;
                text.append('\n');
                continue;
            }
            text.append(inside ? "" : line).append('\n');
        }
        return text.toString();
    }
}
