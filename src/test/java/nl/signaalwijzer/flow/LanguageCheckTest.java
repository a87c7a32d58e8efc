package nl.signaalwijzer.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import nl.signaalwijzer.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * A language is added as data: a folder's languages.yaml, its page words, and the texts of a flow that
 * offers it. Every text the flow can show must then be in it, each missing one reported where it is: in the
 * flow file, in the actions it uses, in the contacts those name. No page falls back without saying so.
 */
class LanguageCheckTest {

    /** The valid fixture, with Turkish configured and written for every page word and every text. */
    private static Map<String, byte[]> inTurkish() {
        Map<String, byte[]> files = new HashMap<>(Fixtures.fixture().files());
        files.put(Languages.FILE, utf8("languages:\n  - {tag: tr, name: Türkçe}\n"));
        files.put(PageWords.FILE, utf8(PageWords.bundled().all().keySet().stream()
                .map(key -> key + ": {tr: \"" + key + " (tr)\"}").collect(Collectors.joining("\n"))));
        files.replaceAll((name, bytes) -> name.equals("tiny.yaml") || name.equals("actions.yaml")
                || name.equals("organisation.yaml") ? utf8(withTurkish(text(bytes))) : bytes);
        files.put("tiny.yaml", utf8(text(files.get("tiny.yaml"))
                .replaceFirst("\nstart:", "\nlanguages: [nl, en, tr]\nstart:")));
        return files;
    }

    /** {@code {nl: "…", en: "…"}} becomes {@code {nl: "…", en: "…", tr: "…"}}. */
    private static String withTurkish(String yaml) {
        return yaml.replaceAll("(en: \"[^\"]*\")}", "$1, tr: \"Türkçe\"}");
    }

    @Test
    void aFlowInALanguageThatIsConfiguredAndWrittenLoads() {
        FlowCatalog catalog = FlowLoader.load(new FlowFiles("x", inTurkish()));
        Lang turkish = new Lang("tr");
        assertThat(catalog.flow("tiny").orElseThrow().languages()).containsExactly(Lang.NL, Lang.EN, turkish);
        assertThat(catalog.languages().of(turkish).name()).isEqualTo("Türkçe");
        assertThat(catalog.words().word(turkish, "back")).isEqualTo("back (tr)");
        assertThat(catalog.flow("tiny").orElseThrow().title().in(turkish)).isEqualTo("Türkçe");
    }

    @Test
    void everyTextTheFlowShowsMissingInItsLanguageIsReportedWhereItIs() {
        Map<String, byte[]> files = inTurkish();
        files.put("tiny.yaml", utf8(text(files.get("tiny.yaml"))
                .replace("title: {nl: \"Klein\", en: \"Small\", tr: \"Türkçe\"}", "title: {nl: \"Klein\", en: \"Small\"}")));
        files.put("actions.yaml", utf8(text(files.get("actions.yaml"))
                .replace("{nl: \"Blijf alert\", en: \"Stay alert\", tr: \"Türkçe\"}", "{nl: \"Blijf alert\", en: \"Stay alert\"}")));
        files.put("organisation.yaml", utf8(text(files.get("organisation.yaml"))
                .replace("{nl: \"Altijd\", en: \"Always\", tr: \"Türkçe\"}", "{nl: \"Altijd\", en: \"Always\"}")));
        assertThatThrownBy(() -> FlowLoader.load(new FlowFiles("x", files)))
                .isInstanceOfSatisfying(FlowException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
                        .containsExactlyInAnyOrder(
                                "tiny.yaml:2:8: this text has no 'tr' version (flow 'tiny' offers nl, en, tr)",
                                "actions.yaml:14:12: this text has no 'tr' version (shown by flow 'tiny' (nl, en, tr))",
                                "organisation.yaml:6:12: this text has no 'tr' version (shown by flow 'tiny' (nl, en, tr))"));
    }

    @Test
    void aFlowCannotOfferALanguageNoOneConfigured() {
        Map<String, byte[]> files = inTurkish();
        files.put("tiny.yaml", utf8(text(files.get("tiny.yaml")).replace("languages: [nl, en, tr]", "languages: [nl, en, tr, de]")));
        assertThatThrownBy(() -> FlowLoader.load(new FlowFiles("x", files)))
                .isInstanceOfSatisfying(FlowException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
                        .contains("tiny.yaml:4:12: flow 'tiny' offers 'de', which no languages.yaml configures"
                                + " (configured: nl, en, nl-x-easy, tr)")
                        .anyMatch(p -> p.contains("has no 'de' version")));
    }

    @Test
    void aConfiguredLanguageNeedsEveryPageWordInIt() {
        Map<String, byte[]> files = inTurkish();
        files.put(PageWords.FILE, utf8("back: {tr: \"Önceki soru\"}\n"));
        assertThatThrownBy(() -> FlowLoader.load(new FlowFiles("x", files)))
                .isInstanceOfSatisfying(FlowException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
                        .anyMatch(p -> p.matches("src/main/resources/ui-text\\.yaml:\\d+:1: page word 'restart' has no 'tr'"
                                + " version \\(nl, en, .*tr are configured\\)"))
                        .noneMatch(p -> p.contains("'back' has no 'tr'")));
    }

    @Test
    void lintHoldsAnEasyReadLanguageToItsRules() {
        Map<String, byte[]> files = inTurkish();
        files.put(Languages.FILE, utf8("languages:\n  - {tag: tr, name: Türkçe, easy-read: true}\n"));
        files.put("tiny.yaml", utf8(text(files.get("tiny.yaml")).replace("title: {nl: \"Klein\", en: \"Small\", tr: \"Türkçe\"}",
                "title: {nl: \"Klein\", en: \"Small\", tr: \"Bir iki üç dört beş altı yedi sekiz dokuz on on bir on iki on üç.\"}")));
        // serving does not run the readability checks; lint does, and an easy-read breach is a problem there
        assertThat(FlowLoader.load(new FlowFiles("x", files)).flows()).containsKey("tiny");
        assertThatThrownBy(() -> FlowLoader.loadAndLint(new FlowFiles("x", files)))
                .isInstanceOfSatisfying(FlowException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
                        .anyMatch(p -> p.startsWith("tiny.yaml:2:") && p.contains("sentence of 16 words (at most 15 for Makkelijk lezen)")));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
