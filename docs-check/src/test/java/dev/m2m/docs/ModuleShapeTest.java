package dev.m2m.docs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.m2m.contract.DocsFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps every approach module in one shape, so that a {@code diff} of two modules shows only the lesson. A
 * module's root package holds its roles and nothing else: the registrar's factory, {@code Transactions} and
 * the four parts named as core's {@code Approach} names them, plus what the module declares below (its
 * setup, its constraint check); the technology's vocabulary lives in a sub-package. A role file declares its
 * public methods in its interface's order, and its helpers after them.
 */
class ModuleShapeTest {

    private static final Path APPROACH = Path.of("core-model/src/main/java/dev/m2m/core/Approach.java");

    /** The role files: each implements the interface of {@code Approach} that has its name. */
    private static final Set<String> ROLES = Set.of(
            "Transactions", "RegistrarReads", "RegistrarWrites", "EnrollmentReads", "SchoolImporter");

    /** Each approach module, its root package, and what its root holds beyond the roles. */
    private static final Map<String, Module> MODULES = Map.of(
            "jdbc-impl", new Module("jdbc", "JdbcRegistrar", Set.of()),
            "jpa-impl", new Module("jpa", "JpaRegistrar", Set.of("HibernateSetup", "ConstraintViolations")),
            "mybatis-impl", new Module("mybatis", "MyBatisRegistrar", Set.of("MyBatisSetup", "ConstraintViolations")),
            "spring-data-jpa-impl", new Module("springdatajpa", "SpringDataJpaRegistrar",
                    Set.of("SpringDataJpaConfiguration", "ConstraintViolations")),
            "spring-data-jdbc-impl", new Module("springdatajdbc", "SpringDataJdbcRegistrar",
                    Set.of("SpringDataJdbcConfiguration")),
            "jooq-impl", new Module("jooq", "JooqRegistrar", Set.of("JooqSetup", "ConstraintViolations")));

    private static final Pattern INTERFACE = Pattern.compile("(?m)^    public interface (\\w+)[^{]*\\{$");
    private static final Pattern INTERFACE_METHOD = Pattern.compile(
            "^        (?:default )?(?:<\\w+> )?\\w[\\w<>, ]* (\\w+)\\(");
    private static final Pattern METHOD = Pattern.compile(
            "^    (?!return\\b|new\\b|throw\\b)((?:public |protected |private |static |final |default |abstract "
                    + "|synchronized )*)(?:<[^>]+> )?\\w[\\w.<>\\[\\], ?]* (\\w+)\\(");

    private final Path root = DocsFiles.root();

    record Module(String rootPackage, String registrar, Set<String> allowance) {
    }

    /** A method declared at the class's own level: its name, and whether it is public. */
    record Declared(String name, boolean isPublic) {
    }

    @Test
    void shouldKnowEveryApproachModule() throws IOException {
        try (Stream<Path> dirs = Files.list(root)) {
            var modules = dirs.map(dir -> dir.getFileName().toString()).filter(name -> name.endsWith("-impl"))
                    .collect(TreeSet::new, TreeSet::add, TreeSet::addAll);
            assertThat(modules).as("approach modules; a new one declares its root here")
                    .isEqualTo(new TreeSet<>(MODULES.keySet()));
        }
    }

    @Test
    void shouldHoldOnlyTheRolesInEveryModulesRootPackage() {
        var problems = new ArrayList<String>();
        MODULES.forEach((name, module) -> {
            var expected = new TreeSet<String>(ROLES);
            expected.add(module.registrar());
            expected.add("package-info");
            expected.addAll(module.allowance());
            var actual = new TreeSet<String>();
            try (Stream<Path> files = Files.list(rootPackage(name, module))) {
                files.filter(Files::isRegularFile)
                        .map(file -> file.getFileName().toString().replaceFirst("\\.java$", ""))
                        .forEach(actual::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (!actual.equals(expected)) {
                problems.add(name + " holds " + actual + "; its roles and allowance are " + expected);
            }
        });
        assertThat(problems).as("root packages that hold more or less than their roles").isEmpty();
    }

    @Test
    void shouldDeclareEveryRolesPublicMethodsInItsInterfacesOrderThenItsHelpers() {
        Map<String, List<String>> interfaces = interfaceMethods(Docs.read(root.resolve(APPROACH)));
        assertThat(interfaces).containsOnlyKeys(ROLES);
        var problems = new ArrayList<String>();
        MODULES.forEach((name, module) -> {
            for (String role : ROLES) {
                var file = rootPackage(name, module).resolve(role + ".java");
                var declared = declaredMethods(Docs.read(file), role);
                var published = declared.stream().filter(Declared::isPublic).map(Declared::name).toList();
                var inOrder = interfaces.get(role).stream().filter(published::contains).toList();
                if (!published.equals(inOrder)) {
                    problems.add(root.relativize(file) + " declares " + published + ", Approach." + role
                            + " orders them " + interfaces.get(role));
                }
                int lastPublic = -1;
                int firstHelper = Integer.MAX_VALUE;
                for (int i = 0; i < declared.size(); i++) {
                    if (declared.get(i).isPublic()) {
                        lastPublic = i;
                    } else {
                        firstHelper = Math.min(firstHelper, i);
                    }
                }
                if (firstHelper < lastPublic) {
                    problems.add(root.relativize(file) + " declares the helper " + declared.get(firstHelper).name()
                            + " before the public " + declared.get(lastPublic).name());
                }
            }
        });
        assertThat(problems).as("role files out of their interface's order").isEmpty();
    }

    private Path rootPackage(String name, Module module) {
        return root.resolve(name).resolve("src/main/java/dev/m2m").resolve(module.rootPackage());
    }

    /** Each nested interface of {@code Approach} and its methods, in the order it declares them. */
    private static Map<String, List<String>> interfaceMethods(String source) {
        var interfaces = new LinkedHashMap<String, List<String>>();
        Matcher header = INTERFACE.matcher(source);
        while (header.find()) {
            int end = source.indexOf("\n    }\n", header.end());
            var methods = new ArrayList<String>();
            for (String line : source.substring(header.end(), end).split("\n")) {
                Matcher method = INTERFACE_METHOD.matcher(line);
                if (method.find()) {
                    methods.add(method.group(1));
                }
            }
            interfaces.put(header.group(1), methods);
        }
        return interfaces;
    }

    /**
     * The methods a class declares at its own level (four spaces in), in file order, without constructors,
     * fields, nested types or anything inside them; a method is public when it says so.
     */
    private static List<Declared> declaredMethods(String source, String className) {
        var declared = new ArrayList<Declared>();
        for (String line : source.split("\n")) {
            if (line.contains(" = ") || line.matches("^    \\S*.*\\b(record|class|interface|enum) \\w+.*")) {
                continue;
            }
            Matcher method = METHOD.matcher(line);
            if (method.find() && !method.group(2).equals(className)) {
                declared.add(new Declared(method.group(2), method.group(1).contains("public ")));
            }
        }
        return declared;
    }
}
