package dev.m2m.docs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A region of a source file, named in the docs as {@code path#tag} (or {@code path} for the whole
 * file). In the source it sits between {@code tag::name[]} and {@code end::name[]} markers, written as
 * a comment of the file's language; marker lines of any tag are left out of what the docs show, and
 * the region's common indentation is taken off.
 */
record Snippet(String path, String tag) {

    private static final Pattern MARKER = Pattern.compile("(tag|end)::[\\w-]+\\[]");

    static Snippet parse(String reference) {
        int hash = reference.indexOf('#');
        return hash < 0 ? new Snippet(reference, null) : new Snippet(reference.substring(0, hash),
                reference.substring(hash + 1));
    }

    String reference() {
        return tag == null ? path : path + "#" + tag;
    }

    /** The fence language for the file's type. */
    String language() {
        String name = path.toLowerCase();
        if (name.endsWith(".java")) {
            return "java";
        }
        if (name.endsWith(".xml")) {
            return "xml";
        }
        return name.endsWith(".sql") ? "sql" : "text";
    }

    /** The region's text, or an exception that says what is missing. */
    String text(Path root) {
        Path file = root.resolve(path);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(reference() + ": no such file");
        }
        List<String> lines = Docs.read(file).lines().toList();
        int from = 0;
        int to = lines.size();
        if (tag != null) {
            from = only(lines, "tag::" + tag + "[]") + 1;
            to = only(lines, "end::" + tag + "[]");
            if (to < from) {
                throw new IllegalArgumentException(reference() + ": end marker before tag marker");
            }
        }
        var region = new ArrayList<String>();
        for (String line : lines.subList(from, to)) {
            if (!MARKER.matcher(line).find()) {
                region.add(line.stripTrailing());
            }
        }
        while (!region.isEmpty() && region.get(0).isBlank()) {
            region.remove(0);
        }
        while (!region.isEmpty() && region.get(region.size() - 1).isBlank()) {
            region.remove(region.size() - 1);
        }
        int indent = region.stream().filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
        var text = new StringBuilder();
        for (String line : region) {
            text.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
        }
        return text.toString();
    }

    private int only(List<String> lines, String marker) {
        int found = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(marker)) {
                if (found >= 0) {
                    throw new IllegalArgumentException(reference() + ": " + marker + " appears twice");
                }
                found = i;
            }
        }
        if (found < 0) {
            throw new IllegalArgumentException(reference() + ": no " + marker + " in the file");
        }
        return found;
    }
}
