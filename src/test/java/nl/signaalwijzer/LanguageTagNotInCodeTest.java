package nl.signaalwijzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The right-to-left fixture language works ({@link RightToLeftLanguageTest}) although nothing the server is
 * built from names it: not the Java, not the bundled resources (templates, ui-text.yaml, languages.yaml),
 * not the static files. So adding it took data only. The same search finds words the code does use, so it
 * cannot pass by reading nothing.
 */
class LanguageTagNotInCodeTest {
    private static final List<Path> CODE = List.of(Path.of("src/main"), Path.of("static"));

    @Test
    void theFixtureLanguagesTagAppearsNowhereInTheCode() throws IOException {
        assertThat(Files.readString(RightToLeftLanguageTest.FOLDER.resolve("languages.yaml")))
                .as("the fixture configures the tag searched for").contains("tag: " + RightToLeftLanguageTest.TAG);
        assertThat(filesContaining(RightToLeftLanguageTest.TAG)).isEmpty();
        // nor its private-use part alone, or its name
        assertThat(filesContaining("x-proef")).isEmpty();
        assertThat(filesContaining(RightToLeftLanguageTest.NAME)).isEmpty();
    }

    @Test
    void theSameSearchFindsWhatTheCodeDoesName() throws IOException {
        assertThat(filesContaining("ui-text.yaml")).as("the page words' file, named in Java")
                .anyMatch(f -> f.endsWith(".java"));
        assertThat(filesContaining("tag: en")).as("a bundled language").contains("src/main/resources/languages.yaml");
        assertThat(filesContaining("{{ui.quickexit}}")).as("a template, case-insensitively")
                .anyMatch(f -> f.endsWith(".mustache"));
        assertThat(filesContaining("inline-start")).as("the stylesheet").anyMatch(f -> f.startsWith("static/"));
    }

    @Test
    void theSearchReadsEveryKindOfSourceFile() throws IOException {
        List<String> all = files();
        for (String kind : List.of(".java", ".mustache", ".yaml", ".css", ".js", "package-info.java")) {
            assertThat(all).as("files ending in %s", kind).anyMatch(f -> f.endsWith(kind));
        }
        assertThat(all).hasSizeGreaterThan(50);
    }

    /** The files under src/main and static/ whose bytes contain this text, ignoring ASCII case. */
    private static List<String> filesContaining(String text) throws IOException {
        // ISO-8859-1 maps each byte to one char, so any file is searched, text or not, for the UTF-8 bytes
        String wanted = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        return files().stream().filter(file -> {
            try {
                return new String(Files.readAllBytes(Path.of(file)), StandardCharsets.ISO_8859_1)
                        .toLowerCase(Locale.ROOT).contains(wanted);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
    }

    private static List<String> files() throws IOException {
        List<String> files = new java.util.ArrayList<>();
        for (Path root : CODE) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).map(Path::toString).sorted().forEach(files::add);
            }
        }
        return files;
    }
}
