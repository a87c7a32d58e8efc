package nl.signaalwijzer.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.signaalwijzer.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One fixture per readability rule (fixtures/readability/RULE over the valid fixture plus a fixture
 * glossary), with the exact warnings. Warnings never stop the flows from loading.
 */
class ReadabilityCheckTest {
    static final Path READABILITY = Fixtures.FIXTURES.resolve("readability");

    static FlowFiles withGlossary(String... rules) {
        Map<String, byte[]> files = new HashMap<>(Fixtures.fixture().files());
        files.putAll(Fixtures.read(READABILITY.resolve("glossary")));
        for (String rule : rules) {
            files.putAll(Fixtures.read(READABILITY.resolve(rule)));
        }
        return new FlowFiles("fixture", files);
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of("long-sentence", List.of(
                        "tiny.yaml:23:9: warning: sentence of 30 words (at most 20 for B1): \"Denk aan wat er staat in ...\"",
                        "tiny.yaml:40:16: warning: sentence of 25 words (at most 20 for B1): \"Er is gevaar voor de cliënt ...\"")),
                Arguments.of("jargon", List.of(
                        "tiny.yaml:46:68: warning: 'meldcode' is a difficult word; explain it in glossary.yaml"
                                + " (used 1 more time in this file)",
                        "tiny.yaml:62:22: warning: 'vertrouwenspersoon' is a difficult word; explain it in glossary.yaml")),
                Arguments.of("too-many-options", List.of(
                        "tiny.yaml:18:5: warning: question 'worried' has 7 options; more than 6 are hard to choose from")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void warnsWithTheExactMessages(String rule, List<String> expected) {
        FlowFiles files = withGlossary(rule);
        assertThat(ReadabilityCheck.check(files)).extracting(Problem::toString).containsExactlyElementsOf(expected);
        assertThat(FlowLoader.load(files).flows()).containsKey("tiny");
    }

    @Test
    void everyReadabilityFixtureHasATest() throws Exception {
        List<String> tested = Stream.concat(rules().map(a -> (String) a.get()[0]), Stream.of("glossary")).toList();
        try (Stream<Path> dirs = java.nio.file.Files.list(READABILITY)) {
            assertThat(dirs.map(d -> d.getFileName().toString())).containsExactlyInAnyOrderElementsOf(tested);
        }
    }

    @Test
    void aGlossaryPhraseExplainsItsFirstWord() {
        Map<String, byte[]> files = new HashMap<>(Fixtures.fixture().files());
        String flow = new String(files.get("tiny.yaml"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("Maak je je zorgen?", "Zag je grensoverschrijdend gedrag?");
        files.put("tiny.yaml", flow.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(ReadabilityCheck.check(new FlowFiles("fixture", files))).extracting(Problem::toString)
                .anyMatch(w -> w.contains("'grensoverschrijdend'"));
        files.put("glossary.yaml", ("terms:\n  - term: grensoverschrijdend gedrag\n"
                + "    explanation: {nl: \"Over een grens gaan.\", en: \"Crossing a line.\"}\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(ReadabilityCheck.check(new FlowFiles("fixture", files))).extracting(Problem::toString)
                .noneMatch(w -> w.contains("'grensoverschrijdend'"));
    }

    @Test
    void theLeidraadWordsForThePersonWhoDidItAndHearingBothSidesAreDifficultUntilExplained() {
        Map<String, byte[]> files = new HashMap<>(Fixtures.fixture().files());
        String flow = new String(files.get("tiny.yaml"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("Maak je je zorgen?", "Was er een misdraging? Dan volgt hoor en wederhoor met de pleger.");
        files.put("tiny.yaml", flow.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(ReadabilityCheck.check(new FlowFiles("fixture", files))).extracting(Problem::toString)
                .anyMatch(w -> w.contains("'misdraging'")).anyMatch(w -> w.contains("'wederhoor'"))
                .anyMatch(w -> w.contains("'pleger'"));
        files.put("glossary.yaml", ("terms:\n"
                + "  - term: hoor en wederhoor\n    explanation: {nl: \"Beide kanten horen.\", en: \"Hearing both sides.\"}\n"
                + "  - term: pleger\n    explanation: {nl: \"Wie het deed.\", en: \"Who did it.\"}\n"
                + "  - term: misdraging\n    explanation: {nl: \"Gedrag dat niet mag.\", en: \"Conduct not allowed.\"}\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(ReadabilityCheck.check(new FlowFiles("fixture", files))).extracting(Problem::toString)
                .noneMatch(w -> w.contains("'misdraging'") || w.contains("'wederhoor'") || w.contains("'pleger'"));
    }

    @Test
    void reportsEveryWarningAtOnceAcrossFiles() {
        Map<String, byte[]> files = new HashMap<>(Fixtures.fixture().files());
        files.remove("glossary.yaml"); // nothing explained: every difficult word in every file is reported
        files.putAll(Fixtures.read(READABILITY.resolve("jargon")));
        assertThat(ReadabilityCheck.check(new FlowFiles("fixture", files))).extracting(Problem::toString).containsExactly(
                "actions.yaml:9:33: warning: 'aandachtsfunctionaris' is a difficult word; explain it in glossary.yaml",
                "organisation.yaml:8:16: warning: 'aandachtsfunctionaris' is a difficult word; explain it in glossary.yaml",
                "tiny.yaml:46:37: warning: 'aandachtsfunctionaris' is a difficult word; explain it in glossary.yaml",
                "tiny.yaml:46:68: warning: 'meldcode' is a difficult word; explain it in glossary.yaml"
                        + " (used 1 more time in this file)",
                "tiny.yaml:62:22: warning: 'vertrouwenspersoon' is a difficult word; explain it in glossary.yaml");
    }

    @Test
    void abbreviationsAndPageNumbersDoNotEndASentence() {
        assertThat(SentenceSplitter.split("Meld het, bijv. bij je collega. Zie p. 219 en o.a. stap 2. Klaar? Ja!"))
                .extracting(s -> String.join(" ", s.words()))
                .containsExactly("Meld het, bijv. bij je collega.", "Zie p. 219 en o.a. stap 2.", "Klaar?", "Ja!");
        assertThat(SentenceSplitter.split("Eerste alinea zonder punt\n\nTweede alinea.")).hasSize(2);
    }
}
