package nl.signaalwijzer.web.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.signaalwijzer.flow.Lang;
import nl.signaalwijzer.flow.PageWords;
import org.junit.jupiter.api.Test;

/**
 * The page words in ui-text.yaml against their users. Mustache renders a name it cannot find as
 * nothing at all, so a word missing from the file would leave a silent hole in a page.
 */
class PageWordsTest {
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path WEB_SOURCES = Path.of("src/main/java/nl/signaalwijzer/web");
    /** {{ui.key}}, {{{ui.key}}}, {{#ui.key}}, {{^ui.key}}, {{&ui.key}} */
    private static final Pattern TEMPLATE_USE = Pattern.compile("\\{\\{[{#^&]?\\s*ui\\.([A-Za-z0-9_]+)");
    /**
     * ui.get("key"), words.get("key"), page.word("key"), words().word(lang, "key") and a page's title word,
     * views.page("template", language, "key", ...) (the language may be a call with commas), in Java
     */
    private static final Pattern JAVA_USE = Pattern.compile("\\b(?:ui|words)\\.get\\(\"([A-Za-z0-9_]+)\"\\)"
            + "|\\.word\\((?:[^,()]+,\\s*)?\"([A-Za-z0-9_]+)\"\\)"
            + "|\\.page\\(\"[^\"]+\",\\s*(?:PageLanguage\\.of\\([^)]*\\)\\)?|[^,]+),\\s*\"([A-Za-z0-9_]+)\"");

    @Test
    void everyWordATemplateUsesExistsInBothLanguages() throws IOException {
        Set<String> used = uses(TEMPLATES, ".mustache", TEMPLATE_USE);
        assertThat(used).hasSizeGreaterThan(50); // the scan finds the words; an empty scan would prove nothing
        for (Lang lang : nl.signaalwijzer.Fixtures.realCatalog().languages().all().stream().map(nl.signaalwijzer.flow.Language::lang).toList()) {
            assertThat(PageWords.bundled().in(lang).keySet()).as("page words in %s", lang).containsAll(used);
        }
    }

    @Test
    void everyWordTheJavaCodeUsesExists() throws IOException {
        Set<String> used = uses(WEB_SOURCES, ".java", JAVA_USE);
        assertThat(used).contains("appName", "errorTitle", "privacyTitle", "question");
        assertThat(PageWords.bundled().in(Lang.NL).keySet()).containsAll(used);
    }

    @Test
    void everyWordInTheFileIsUsedSomewhere() throws IOException {
        Set<String> used = uses(TEMPLATES, ".mustache", TEMPLATE_USE);
        used.addAll(uses(WEB_SOURCES, ".java", JAVA_USE));
        used.addAll(uses(Path.of("src/main/java/nl/signaalwijzer/diagram"), ".java", JAVA_USE));
        assertThat(used).containsAll(PageWords.bundled().all().keySet());
    }

    @Test
    void theWordsAreReadAsWrittenIncludingAQuotedSpace() {
        assertThat(PageWords.bundled().in(Lang.NL).get("back")).isEqualTo("Vorige vraag");
        assertThat(PageWords.bundled().in(Lang.EN).get("back")).isEqualTo("Previous question");
        // "What does <term> mean?": the space before "mean" is part of the word
        assertThat(PageWords.bundled().in(Lang.EN).get("whatIsEnd")).isEqualTo(" mean?");
        assertThat(PageWords.bundled().in(Lang.NL).get("whatIsEnd")).isEqualTo("?");
    }

    private static Set<String> uses(Path dir, String extension, Pattern use) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(extension)).toList()) {
                Matcher matcher = use.matcher(Files.readString(file));
                while (matcher.find()) {
                    for (int group = 1; group <= matcher.groupCount(); group++) {
                        if (matcher.group(group) != null) {
                            keys.add(matcher.group(group));
                        }
                    }
                }
            }
        }
        return keys;
    }
}
