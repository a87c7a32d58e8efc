package nl.signaalwijzer.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * ui-text.yaml is read as strictly as a flow file: every problem with its line and column; every word in
 * every configured language; a flows folder's own ui-text.yaml lays words over the bundled ones.
 */
class PageWordsReadingTest {
    private static final String BUNDLED = "src/main/resources/ui-text.yaml";

    private static List<String> problemsOfFolderWords(String yaml) {
        return problems(null, yaml);
    }

    private static List<String> problems(@Nullable String languages, @Nullable String words) {
        List<Problem> problems = new ArrayList<>();
        PageWords.load(words, Languages.load(languages, problems), problems);
        return problems.stream().map(Problem::toString).toList();
    }

    @Test
    void theBundledWordsAreSoundInEveryBundledLanguage() {
        assertThat(PageWords.problems()).isEmpty();
        assertThat(PageWords.bundled().word(Lang.NL, "quickExit")).isEqualTo("Snel weg");
        assertThat(PageWords.bundled().word(new Lang("nl-x-easy"), "quickExitHint")).isEqualTo("Ga meteen weg van deze site");
        assertThat(PageWords.bundled().word(Lang.EN, "back")).isEqualTo("Previous question");
    }

    @Test
    void aFolderCanGiveWordsInMoreLanguagesButNoNewWords() {
        assertThat(problemsOfFolderWords("""
                back: {nl: "Terug"}
                noSuchWord: {nl: "x", en: "x"}
                quick-exit: {nl: "Snel weg"}
                back: {en: "Back"}
                restart: {nl: "Opnieuw", xx_1: "y"}
                """)).containsExactly(
                "ui-text.yaml:2:1: 'noSuchWord' is not a page word of the bundled ui-text.yaml (a folder's ui-text.yaml"
                        + " can only give words in more languages, or other words)",
                "ui-text.yaml:3:1: 'quick-exit' is not a name a template can use (letters and digits, starting with a small letter)",
                "ui-text.yaml:4:1: duplicate page word 'back' (first at line 1)",
                "ui-text.yaml:5:26: 'xx_1' in page word 'restart' is not a language tag (e.g. nl, en, nl-x-easy)");
    }

    @Test
    void aConfiguredLanguageNeedsEveryPageWord() {
        List<String> problems = problems("""
                languages:
                  - {tag: tr, name: Türkçe}
                """, """
                back: {tr: "Önceki soru"}
                """);
        assertThat(problems).anyMatch(p -> p.startsWith(BUNDLED + ":") && p.contains("page word 'restart' has no 'tr' version"))
                .noneMatch(p -> p.contains("page word 'back' has no 'tr'"));
    }

    @Test
    void quotedWordsKeepTheirSpaces() {
        assertThat(PageWords.bundled().word(Lang.EN, "whatIsEnd")).isEqualTo(" mean?");
        assertThat(PageWords.bundled().word(Lang.NL, "whatIsEnd")).isEqualTo("?");
    }

    @Test
    void aLanguageIsConfiguredOnceWithAWellFormedTag() {
        assertThat(problems("""
                languages:
                  - {tag: nl, name: Nederlands}
                  - {tag: Tr, name: Türkçe}
                  - {tag: ar, name: العربية, direction: sideways}
                """, null)).contains(
                "languages.yaml:2:5: language 'nl' is configured twice",
                "languages.yaml:3:5: 'Tr' is not a language tag (small letters and digits, parts joined by '-', e.g. 'tr' or 'nl-x-easy')",
                "languages.yaml:4:5: direction must be 'ltr' or 'rtl', not 'sideways'");
    }
}
