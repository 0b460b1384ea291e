package dev.m2m.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.m2m.contract.DocsFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps the docs true to the code. Every code block that shows Java, XML or SQL is an include of a
 * tagged region of source:
 *
 * <pre>
 * &lt;!-- include: jpa-impl/src/main/java/dev/m2m/jpa/mapping/StudentEntity.java#helpers --&gt;
 * ```java
 * (the region, as the source has it)
 * ```
 * &lt;!-- /include --&gt;
 * </pre>
 *
 * A block that differs from its region fails the build; {@code ./docs-update} rewrites every block
 * from the source. Every relative link and image must resolve, and a link to a heading of a Markdown
 * file must find that heading.
 */
class DocsTest {

    private static final Pattern INCLUDE = Pattern.compile(
            "<!-- include: (\\S+) -->\\n(.*?)<!-- /include -->", Pattern.DOTALL);
    private static final Pattern CODE_FENCE = Pattern.compile("(?m)^```(java|xml|sql)\\s*$");
    private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*]\\(([^)\\s]+)\\)");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6} (.+)$");

    private final Path root = DocsFiles.root();

    @Test
    void shouldShowEverySnippetExactlyAsItsSourceHasIt() {
        var problems = new ArrayList<String>();
        int includes = 0;
        for (Path file : Docs.markdown()) {
            String text = Docs.read(file);
            Matcher include = INCLUDE.matcher(text);
            var rewritten = new StringBuilder();
            while (include.find()) {
                includes++;
                var snippet = Snippet.parse(include.group(1));
                String block;
                try {
                    block = "```%s%n%s```%n".formatted(snippet.language(), snippet.text(root));
                } catch (IllegalArgumentException e) {
                    problems.add(name(file) + ": " + e.getMessage());
                    block = include.group(2);
                }
                if (!block.equals(include.group(2))) {
                    problems.add(name(file) + ": the block of " + snippet.reference() + " differs from its source");
                }
                include.appendReplacement(rewritten, Matcher.quoteReplacement(
                        "<!-- include: " + include.group(1) + " -->\n" + block + "<!-- /include -->"));
            }
            include.appendTail(rewritten);
            if (DocsFiles.updating() && !rewritten.toString().equals(text)) {
                Docs.write(file, rewritten.toString());
            }
        }
        assertThat(includes).as("snippets included in the docs").isPositive();
        if (DocsFiles.updating()) {
            problems.removeIf(problem -> problem.endsWith("differs from its source"));
        }
        assertThat(problems).as("snippets out of date (run ./docs-update) or pointing nowhere").isEmpty();
    }

    @Test
    void shouldTakeEveryJavaXmlAndSqlBlockFromSource() {
        var problems = new ArrayList<String>();
        for (Path file : Docs.markdown()) {
            String outsideIncludes = INCLUDE.matcher(Docs.read(file)).replaceAll("");
            Matcher fence = CODE_FENCE.matcher(outsideIncludes);
            while (fence.find()) {
                problems.add(name(file) + ": a ```" + fence.group(1) + " block written by hand");
            }
        }
        assertThat(problems).as("code blocks must be includes of tested source").isEmpty();
    }

    @Test
    void shouldResolveEveryRelativeLinkAndImage() {
        var problems = new ArrayList<String>();
        var anchors = new HashMap<Path, Set<String>>();
        int links = 0;
        for (Path file : Docs.markdown()) {
            Matcher link = LINK.matcher(Docs.outsideCodeBlocks(Docs.read(file)));
            while (link.find()) {
                String target = link.group(1);
                if (target.matches("^[a-z][a-z0-9+.-]*:.*")) {
                    continue; // https:, mailto:: not this check's business
                }
                links++;
                int hash = target.indexOf('#');
                String pathPart = hash < 0 ? target : target.substring(0, hash);
                String anchor = hash < 0 ? null : target.substring(hash + 1);
                Path resolved = pathPart.isEmpty() ? file : file.getParent().resolve(pathPart).normalize();
                if (!Files.exists(resolved)) {
                    problems.add(name(file) + ": " + target + " does not exist");
                } else if (anchor != null && resolved.toString().endsWith(".md")
                        && !anchors.computeIfAbsent(resolved, DocsTest::anchorsOf).contains(anchor)) {
                    problems.add(name(file) + ": " + target + " names no heading of " + name(resolved));
                }
            }
        }
        assertThat(links).as("relative links in the docs").isPositive();
        assertThat(problems).as("broken links").isEmpty();
    }

    /** GitHub's anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
    private static Set<String> anchorsOf(Path markdown) {
        var anchors = new HashSet<String>();
        Matcher heading = HEADING.matcher(Docs.outsideCodeBlocks(Docs.read(markdown)));
        while (heading.find()) {
            String slug = heading.group(1).strip().toLowerCase(Locale.ROOT)
                    .replaceAll("[^\\p{L}\\p{N} _-]", "")
                    .replace(' ', '-');
            String unique = slug;
            for (int n = 1; !anchors.add(unique); n++) {
                unique = slug + "-" + n;
            }
        }
        return anchors;
    }

    @Test
    void shouldReadEveryTagMarkerAsAPairOfTheSameName() {
        // a tag opened and never closed (or closed twice) would make a snippet swallow half a file
        var problems = new ArrayList<String>();
        for (String module : List.of("core-model", "contract-tests", "jdbc-impl", "jpa-impl", "mybatis-impl",
                "benchmarks")) {
            try (var files = Files.walk(root.resolve(module).resolve("src"))) {
                files.filter(Files::isRegularFile).forEach(file -> {
                    var open = new HashMap<String, Integer>();
                    Matcher marker = Pattern.compile("(tag|end)::([\\w-]+)\\[]").matcher(Docs.read(file));
                    while (marker.find()) {
                        open.merge(marker.group(2), marker.group(1).equals("tag") ? 1 : -1, Integer::sum);
                    }
                    open.forEach((tag, balance) -> {
                        if (balance != 0) {
                            problems.add(root.relativize(file) + ": tag " + tag + " is not one tag:: and one end::");
                        }
                    });
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(problems).isEmpty();
    }

    private String name(Path file) {
        return root.relativize(file).toString();
    }
}
