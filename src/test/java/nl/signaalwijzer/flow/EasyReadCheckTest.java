package nl.signaalwijzer.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The Makkelijk lezen rules bite: on today's client flow (its plain Dutch is B1, not easy-read), and on one
 * small text per rule; and a text written to them passes.
 */
class EasyReadCheckTest {

    @Test
    void todaysClientTextsAreNotMakkelijkLezen() throws IOException {
        List<Problem> errors = check("client.yaml", Files.readString(Path.of("flows/client.yaml")), "nl");
        errors.forEach(System.out::println);
        assertThat(errors).extracting(Problem::toString)
                .anySatisfy(e -> assertThat(e).contains("words (at most 15 for Makkelijk lezen)"))
                .anySatisfy(e -> assertThat(e).contains("is a hard word"))
                .anySatisfy(e -> assertThat(e).contains("average"));
        assertThat(errors).noneMatch(Problem::warning);
    }

    @Test
    void aSentenceOfSixteenWordsIsTooLong() {
        assertThat(messages("text: {nl: \"Een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien.\"}"))
                .containsExactly("t.yaml:1:12: sentence of 16 words (at most 15 for Makkelijk lezen): \"Een twee drie vier vijf zes ...\"",
                        "t.yaml:1:12: the 'nl' sentences average 16.0 words (at most 7.5 for Makkelijk lezen)");
    }

    @Test
    void aHardWordMustBeExplainedInTheSameSentenceAfterIt() {
        assertThat(messages("text: {nl: \"Bel de vertrouwenspersoon.\"}"))
                .containsExactly("t.yaml:1:20: 'vertrouwenspersoon' is a hard word: use an easy word, or explain it in the"
                        + " same sentence (\"vertrouwenspersoon: iemand die ...\")");
        assertThat(messages("text: {nl: \"Bel de vertrouwenspersoon: iemand die luistert.\"}")).isEmpty();
        assertThat(messages("text: {nl: \"Bel de vertrouwenspersoon, iemand die luistert.\"}")).isEmpty();
    }

    @Test
    void aHardWordIsNotExplainedWithAnotherHardWord() {
        assertThat(messages("text: {nl: \"Een maatje: iemand die je helpt.\", en: x}")).isEmpty();
        assertThat(messages("text: {nl: \"Zoek de aandachtsfunctionaris: iemand die helpt bij grensoverschrijdend gedrag.\"}"))
                .contains("t.yaml:1:21: 'aandachtsfunctionaris' is explained with another hard word:"
                        + " \"iemand die helpt bij grensoverschrijdend gedrag.\"");
    }

    @Test
    void aHardWordInBracketsIsExplainedByTheEasyWordsBeforeIt() {
        assertThat(messages("name: {nl: \"Iemand die naar je luistert (cliëntvertrouwenspersoon)\"}")).isEmpty();
        assertThat(messages("text: {nl: \"Bel de (vertrouwenspersoon).\"}"))
                .anyMatch(m -> m.contains("'vertrouwenspersoon' is a hard word"));
        assertThat(messages("name: {nl: \"Iemand van de directie (bestuurder)\"}"))
                .anyMatch(m -> m.contains("'bestuurder' is explained with another hard word"));
    }

    @Test
    void aRoleIsNeverATitleStepOrNameOnItsOwn() {
        assertThat(messages("title: {nl: \"Leidinggevende\"}"))
                .contains("t.yaml:1:13: 'Leidinggevende' is a role name on its own as a title; say what to do, and what this person does");
        assertThat(messages("steps:\n  - {nl: \"De vertrouwenspersoon\"}"))
                .anyMatch(m -> m.startsWith("t.yaml:2:14: 'De vertrouwenspersoon' is a role name on its own as a step"));
        assertThat(messages("title: {nl: \"Praat met je begeleider\"}")).isEmpty();
    }

    @Test
    void aTextSharedByAnAnchorIsReadOnce() {
        assertThat(messages("a: {nl: &x \"Bel de vertrouwenspersoon.\"}\nb: {nl: *x}\nc: {nl: \"Ja.\"}"))
                .containsExactly("t.yaml:1:17: 'vertrouwenspersoon' is a hard word: use an easy word, or explain it in the"
                        + " same sentence (\"vertrouwenspersoon: iemand die ...\")");
    }

    @Test
    void onlyTheLanguageAskedForIsRead() {
        assertThat(messages("text: {nl: \"Bel de vertrouwenspersoon.\", nl-x-easy: \"Bel iemand die je vertrouwt.\"}",
                "nl-x-easy")).isEmpty();
    }

    private static List<String> messages(String yaml) {
        return messages(yaml, "nl");
    }

    private static List<String> messages(String yaml, String language) {
        return check("t.yaml", yaml, language).stream()
                .map(p -> p.location() + ": " + p.message()).toList();
    }

    private static List<Problem> check(String name, String text, String language) {
        ReadabilityCheck.ParsedFile file = new ReadabilityCheck.ParsedFile(name, text,
                new Yaml().compose(new StringReader(text)));
        return EasyReadCheck.check(List.of(file), language);
    }
}
