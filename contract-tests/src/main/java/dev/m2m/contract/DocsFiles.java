package dev.m2m.contract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files the docs show that a test produces (the SQL each approach sends): compared with what the test
 * produced now, or rewritten when the build runs with {@code -Dm2m.docs.update=true} (the
 * {@code ./docs-update} script does).
 */
public final class DocsFiles {

    /** The system property that turns checking into rewriting. */
    public static final String UPDATE = "m2m.docs.update";

    private DocsFiles() {
    }

    public static boolean updating() {
        return Boolean.getBoolean(UPDATE);
    }

    /** The project's root: the nearest directory above the working directory that holds {@code mvnw}. */
    public static Path root() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("docs"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no project root (a directory with mvnw and docs/) above "
                + Path.of("").toAbsolutePath());
    }

    /**
     * Writes {@code content} to {@code file} when updating; otherwise returns what the file holds now
     * (empty when it does not exist), for the caller to compare.
     */
    public static String writeOrRead(Path file, String content) {
        try {
            if (updating()) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, content);
                return content;
            }
            return Files.exists(file) ? Files.readString(file) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
