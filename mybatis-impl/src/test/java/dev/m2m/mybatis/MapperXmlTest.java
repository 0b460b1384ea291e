package dev.m2m.mybatis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** The mapper conventions, checked on every mapper XML in the source tree, the showcase's included. */
class MapperXmlTest {

    private static final Path MAPPERS = Path.of("src/main/resources/dev/m2m/mybatis");

    @Test
    void shouldNeverSubstituteTextIntoSqlWithDollarBraces() throws IOException {
        // ${...} pastes text into the SQL (an injection hole, and no bound parameter); #{...} binds a value.
        for (Path mapper : mappers()) {
            assertThat(Files.readString(mapper)).as(mapper.toString()).doesNotContain("${");
        }
    }

    @Test
    void shouldNameEachNamespaceAfterTheInterfaceAtTheSamePath() throws Exception {
        for (Path mapper : mappers()) {
            String namespace = root(mapper).getAttribute("namespace");
            String expected = Path.of("src/main/resources").relativize(mapper).toString()
                    .replace(".xml", "").replace(mapper.getFileSystem().getSeparator(), ".");

            assertThat(namespace).as(mapper.toString()).isEqualTo(expected);
            assertThat(Class.forName(namespace).isInterface()).isTrue();
        }
    }

    @Test
    void shouldNameEachStatementAfterAMethodOfItsInterface() throws Exception {
        for (Path mapper : mappers()) {
            var root = root(mapper);
            var methods = Arrays.stream(Class.forName(root.getAttribute("namespace")).getDeclaredMethods())
                    .map(java.lang.reflect.Method::getName)
                    .toList();
            var statements = statementIds(root);

            assertThat(statements).as(mapper.toString()).isNotEmpty();
            assertThat(methods).as(mapper.toString()).containsAll(statements);
            assertThat(statements).as(mapper.toString()).containsAll(methods);
        }
    }

    private static List<Path> mappers() throws IOException {
        try (Stream<Path> files = Files.walk(MAPPERS)) {
            var mappers = files.filter(file -> file.toString().endsWith(".xml")).sorted().toList();
            assertThat(mappers).as("mapper XML files in " + MAPPERS.toAbsolutePath()).hasSizeGreaterThanOrEqualTo(4);
            return mappers;
        }
    }

    private static Element root(Path mapper) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(mapper.toFile()).getDocumentElement();
    }

    private static List<String> statementIds(Element root) {
        var ids = new ArrayList<String>();
        var children = root.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node node = children.item(i);
            if (node instanceof Element element
                    && List.of("select", "insert", "update", "delete").contains(element.getTagName())) {
                ids.add(element.getAttribute("id"));
            }
        }
        return ids;
    }
}
