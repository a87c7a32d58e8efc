package nl.signaalwijzer.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** ui-text.yaml is read as strictly as a flow file: every problem with its line and column. */
class PageWordsReadingTest {

    private static Map<String, Text> read(String yaml) {
        return PageWords.read("ui-text.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aWordNeedsBothLanguagesAndOnlyThose() {
        assertThatThrownBy(() -> read("""
                back:
                  nl: "Vorige vraag"
                restart:
                  nl: "Opnieuw beginnen"
                  en: "Start again"
                  de: "Neu anfangen"
                """))
                .isInstanceOfSatisfying(FlowException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
                        .containsExactly(
                                "ui-text.yaml:2:3: page word 'back' has no 'en' version",
                                "ui-text.yaml:6:3: unknown field 'de' in page word 'restart' (allowed: nl, en)"));
    }

    @Test
    void aKeyMustBeANameATemplateCanUseAndAppearOnce() {
        assertThatThrownBy(() -> read("""
                quick-exit: {nl: "Snel weg", en: "Leave quickly"}
                back: {nl: "Vorige", en: "Back"}
                back: {nl: "Terug", en: "Back"}
                """))
                .isInstanceOfSatisfying(FlowException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
                        .containsExactly(
                                "ui-text.yaml:1:1: 'quick-exit' is not a name a template can use"
                                        + " (letters and digits, starting with a small letter)",
                                "ui-text.yaml:3:1: duplicate page word 'back' (first at line 2)"));
    }

    @Test
    void plainTextsAreTrimmedAndQuotedTextsKeepTheirSpaces() {
        Map<String, Text> words = read("""
                whatIsEnd: {nl: "?", en: " mean?"}
                back:
                  nl: Vorige vraag
                  en: >
                    Previous question
                """);
        assertThat(words).containsEntry("whatIsEnd", new Text("?", " mean?"))
                .containsEntry("back", new Text("Vorige vraag", "Previous question"));
    }

    @Test
    void theBundledWordsAreSound() {
        assertThat(PageWords.problems()).isEmpty();
        assertThat(PageWords.bundled()).containsEntry("quickExit", new Text("Snel weg", "Leave quickly"));
    }
}
