package nl.signaalwijzer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rooms of the code and which rooms each may use (see the package-info of {@code web}): layers only
 * point down, so a newcomer can change a room knowing what may depend on it. Read from the sources, so a
 * new import that breaks the rule fails here with the file that made it.
 */
class WebRoomsTest {
    private static final String ROOT = "nl.signaalwijzer";
    private static final Path SOURCES = Path.of("src/main/java");

    /** Package (without the root) to the packages it may import; the root package (App) may use every one. */
    private static final Map<String, Set<String>> MAY_USE = Map.ofEntries(
            Map.entry("flow", Set.of()),
            Map.entry("deadline", Set.of()),
            Map.entry("organisation", Set.of("flow")), // organisations as data (issue 21); web will use it once scopes are wired
            Map.entry("dialogue", Set.of("flow")),
            Map.entry("diagram", Set.of("flow")),
            Map.entry("web.http", Set.of("flow")),
            Map.entry("web.rendering", Set.of("flow", "dialogue", "diagram", "deadline", "web.http", "web.splice")),
            Map.entry("web.operations", Set.of("flow", "dialogue", "web.http")),
            Map.entry("web.splice", Set.of()), // gzip splicing (issue 21): the JDK only; the web layer will use it
            Map.entry("web.routes", Set.of("flow", "dialogue", "diagram", "deadline", "organisation", "web.http", "web.rendering")),
            Map.entry("web", Set.of("flow", "dialogue", "diagram", "deadline", "organisation", "web.http", "web.rendering", "web.operations",
                    "web.routes")));

    private static final Pattern PACKAGE = Pattern.compile("^package " + Pattern.quote(ROOT) + "\\.?([\\w.]*);",
            Pattern.MULTILINE);
    /** Imports and fully qualified names in code: a package of ours followed by a type name. */
    private static final Pattern USE = Pattern.compile(Pattern.quote(ROOT) + "((?:\\.[a-z]\\w*)*)\\.[A-Z]");

    @Test
    void everyRoomUsesOnlyTheRoomsBelowIt() throws IOException {
        List<String> breaches = sources().flatMap(file -> breaches(file).stream()).toList();
        assertThat(breaches).as("imports that point up or sideways").isEmpty();
    }

    @Test
    void everyPackageHasARule() throws IOException {
        Set<String> packages = new TreeSet<>();
        sources().forEach(file -> packages.add(packageOf(read(file))));
        packages.remove("");
        assertThat(MAY_USE.keySet()).as("a new package needs its line in MAY_USE").containsAll(packages);
        assertThat(packages).as("the rule names packages that exist").containsAll(MAY_USE.keySet());
    }

    @Test
    void theRuleBites() {
        // What a breach looks like: rendering reaching up into a route class.
        String source = "package nl.signaalwijzer.web.rendering;\nimport nl.signaalwijzer.web.routes.PageRoutes;\n";
        assertThat(breaches(Path.of("Example.java"), source))
                .containsExactly("Example.java: web.rendering -> web.routes");
    }

    private static Stream<Path> sources() throws IOException {
        return Files.walk(SOURCES).filter(path -> path.toString().endsWith(".java"))
                .filter(path -> !path.getFileName().toString().equals("package-info.java"));
    }

    private static List<String> breaches(Path file) {
        return breaches(SOURCES.relativize(file), read(file));
    }

    private static List<String> breaches(Path name, String source) {
        String own = packageOf(source);
        if (own.isEmpty()) {
            return List.of();
        }
        Set<String> allowed = MAY_USE.getOrDefault(own, Set.of());
        Set<String> used = new TreeSet<>();
        Matcher use = USE.matcher(withoutComments(source));
        while (use.find()) {
            used.add(use.group(1).isEmpty() ? "" : use.group(1).substring(1));
        }
        used.remove(own);
        return used.stream().filter(other -> !allowed.contains(other))
                .map(other -> name + ": " + own + " -> " + (other.isEmpty() ? "(root)" : other)).toList();
    }

    private static String packageOf(String source) {
        Matcher matcher = PACKAGE.matcher(source);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static String withoutComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
