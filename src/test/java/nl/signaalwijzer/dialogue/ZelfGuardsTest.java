package nl.signaalwijzer.dialogue;

import static nl.signaalwijzer.dialogue.PathReading.actionIds;
import static nl.signaalwijzer.dialogue.PathReading.adviceTexts;
import static nl.signaalwijzer.dialogue.PathReading.contactIds;
import static nl.signaalwijzer.dialogue.PathReading.forEachPath;
import static nl.signaalwijzer.dialogue.PathReading.given;
import static nl.signaalwijzer.dialogue.PathReading.isAnyOf;
import static nl.signaalwijzer.dialogue.PathReading.joined;
import static nl.signaalwijzer.dialogue.PathReading.ownAdviceLines;
import static nl.signaalwijzer.dialogue.PathReading.sentences;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.flow.Contact;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.ResolvedAction;
import org.junit.jupiter.api.Test;

/**
 * The rules for a professional worried about their own feelings or conduct (IGJ brochure, Leidraad
 * §2.4.2; issue 11 items 9-12), checked on every path of the real zelf flow.
 */
class ZelfGuardsTest {
    private static final Flow FLOW = Fixtures.realCatalog().flow("zelf").orElseThrow();

    @Test
    void theFirstQuestionAsksPlainlyWithoutADoubleNegative() {
        String question = FLOW.startQuestion().text().nl();
        assertThat(question).doesNotContainIgnoringCase("niet veilig").doesNotContainIgnoringCase("niet ");
        assertThat(FLOW.startQuestion().options()).extracting(o -> o.id()).containsExactly("yes", "no", "unsure");
    }

    @Test
    void aRiskNowLeadsWithSteppingBackAndStillAsksWhatIsGoingOn() {
        forEachPath(FLOW, (path, softly) -> {
            String risk = given(path).get("risk-now");
            softly.assertThat(given(path)).as(path.line()).containsKey("situation");
            if (isAnyOf(risk, "yes", "unsure")) {
                softly.assertThat(actionIds(path).get(0)).as(path.line()).isEqualTo("stop-behaviour");
            } else {
                softly.assertThat(actionIds(path)).as(path.line()).doesNotContain("stop-behaviour", "call-112");
            }
        });
    }

    @Test
    void afterCareHasEndedNothingSaysTheCareMustBeHandedOver() {
        forEachPath(FLOW, (path, softly) -> {
            if ("after-care-ended".equals(given(path).get("situation"))) {
                softly.assertThat(actionIds(path)).as(path.line()).doesNotContain("transfer-care");
                softly.assertThat(joined(adviceTexts(path))).as(path.line())
                        .doesNotContain("De zorg voor deze cliënt moet naar een collega")
                        .doesNotContain("moet naar een collega")
                        .doesNotContain("om het over te nemen")
                        .doesNotContain("wil jij het overnemen");
            }
        });
    }

    @Test
    void anUnsureAnswerIsNotTurnedIntoAFactTheUserDidNotGive() {
        forEachPath(FLOW, (path, softly) -> {
            String text = joined(adviceTexts(path));
            if ("unsure".equals(given(path).get("social-accepted"))) {
                softly.assertThat(text).as(path.line()).doesNotContain("Je hebt al contact")
                        .doesNotContain("Maak de connectie ongedaan, of stop met volgen");
            }
            if ("unsure".equals(given(path).get("after-care-contact"))) {
                softly.assertThat(text).as(path.line()).doesNotContain("Er was intiem");
            }
            if ("after-care-ended".equals(given(path).get("situation"))) {
                softly.assertThat(text).as("sexual misconduct after care only within the cooling-off period: " + path.line())
                        .doesNotContain("Dit is seksueel grensoverschrijdend gedrag");
                if (text.contains("grensoverschrijdend gedrag")) {
                    softly.assertThat(text).as(path.line()).contains("afkoelingsperiode");
                }
            }
        });
    }

    @Test
    void noContactIsListedUnderKeepingProfessionalDistance() {
        forEachPath(FLOW, (path, softly) -> path.advice().actions().stream()
                .filter(action -> action.id().equals("keep-boundaries"))
                .map(ResolvedAction::contacts)
                .forEach(contacts -> softly.assertThat(contacts).as(path.line()).isEmpty()));
    }

    @Test
    void ownAdviceIsMarkedInTheSourcesNotExplainedInTheAdvice() {
        forEachPath(FLOW, (path, softly) -> {
            String text = joined(adviceTexts(path));
            if (text.contains("112")) {
                softly.assertThat(ownAdviceLines(path)).as(path.line()).contains("112 bij direct gevaar");
            }
            softly.assertThat(text).as(path.line())
                    .doesNotContain("zegt niets", "zegt hier niets", "geeft geen vaste regel", "geeft er geen vaste regel",
                            "staat niet in de documenten", "komt van deze app", "Voor de zekerheid");
        });
    }

    @Test
    void noOutcomePromisesSecrecy() {
        forEachPath(FLOW, (path, softly) -> sentences(adviceTexts(path)).stream()
                .filter(sentence -> sentence.toLowerCase().contains("geheim"))
                .forEach(sentence -> softly.assertThat(sentence).as(path.line()).containsAnyOf("geen", "niet")));
    }

    @Test
    void someoneSafeToTalkToOutsideTheUsersOwnManagerIsAlwaysOffered() {
        forEachPath(FLOW, (path, softly) -> {
            softly.assertThat(actionIds(path)).as(path.line()).containsAnyOf("talk-to-someone", "confidential-adviser");
            softly.assertThat(contactIds(path)).as(path.line()).contains("vertrouwenspersoon");
            softly.assertThat(joined(path.advice().always().stream().map(t -> t.nl()).toList())).as(path.line())
                    .doesNotContain("buiten je lijn", "buiten de lijn");
        });
    }

    @Test
    void theHardWordsOfTheLeidraadAreSaidPlainly() {
        forEachPath(FLOW, (path, softly) -> softly.assertThat(joined(adviceTexts(path))).as(path.line())
                .doesNotContain("hoor en wederhoor", "pleger", "misdraging", "buiten de lijn", "buiten je lijn"));
    }

    // ---- issue 17 (zelf); the word rules are in src/test/resources/guards/zelf.yaml ----

    /** Issue 17 misfit: whether care has ended decides what fits a social-media request (000:131-140). */
    @Test
    void aSocialMediaRequestAsksWhetherCareHasEnded() {
        forEachPath(FLOW, (path, softly) -> {
            if ("social-media".equals(given(path).get("situation"))) {
                softly.assertThat(given(path)).as(path.line()).containsKey("care-ended");
            }
        });
    }

    /**
     * Issue 17 misfit: "Dat hoeft niet je leidinggevende te zijn" next to "Bespreek het met je leidinggevende".
     * A question ("Kun je niet veilig praten met je leidinggevende?") is no instruction and may stand.
     */
    @Test
    void noOutcomeSaysItNeedNotBeTheManagerAndThenSendsTheUserToTheManager() {
        forEachPath(FLOW, (path, softly) -> {
            List<String> nl = sentences(adviceTexts(path));
            if (nl.stream().anyMatch(s -> s.contains("hoeft niet je leidinggevende"))) {
                nl.stream().filter(s -> !s.contains("hoeft niet je leidinggevende") && !s.endsWith("?"))
                        .forEach(s -> softly.assertThat(s.toLowerCase(Locale.ROOT)).as(path.line())
                                .doesNotContain("met je leidinggevende").doesNotContain("aan je leidinggevende"));
            }
            List<String> en = path.advice().actions().stream()
                    .flatMap(a -> java.util.stream.Stream.concat(java.util.stream.Stream.of(a.text()), a.steps().stream()))
                    .map(t -> t.en()).toList();
            if (en.stream().anyMatch(s -> s.contains("does not have to be your manager"))) {
                sentences(en).stream().filter(s -> !s.contains("does not have to be your manager") && !s.endsWith("?"))
                        .forEach(s -> softly.assertThat(s.toLowerCase(Locale.ROOT)).as(path.line())
                                .doesNotContain("with your manager").doesNotContain("tell your manager"));
            }
        });
    }

    private static final Map<String, String> ROLE_WORDS = new LinkedHashMap<>();

    static {
        ROLE_WORDS.put("vertrouwenspersoon", "vertrouwenspersoon");
        ROLE_WORDS.put("aandachtsfunctionaris", "aandachtsfunctionaris");
        ROLE_WORDS.put("leidinggevende", "leidinggevende");
        ROLE_WORDS.put("bereikbaarheidsdienst", "bereikbaarheidsdienst");
        ROLE_WORDS.put("meldteam", "meldteam");
    }

    /**
     * Issue 17 misfit: the after-care urgent step named the vertrouwenspersoon but listed the
     * bereikbaarheidsdienst. The urgent step lists exactly the people it names.
     */
    @Test
    void theUrgentStepListsTheContactsItNamesAndNoOthers() {
        forEachPath(FLOW, (path, softly) -> path.advice().actions().stream()
                .filter(action -> action.id().equals("stop-behaviour"))
                .forEach(action -> {
                    StringBuilder words = new StringBuilder(action.text().nl());
                    action.steps().forEach(step -> words.append(' ').append(step.nl()));
                    String said = words.toString().toLowerCase(Locale.ROOT);
                    List<String> listed = action.contacts().stream().map(Contact::id).toList();
                    ROLE_WORDS.forEach((id, word) -> {
                        softly.assertThat(listed.contains(id)).as(path.line() + "\n  stop-behaviour names '" + word
                                + "' exactly when it lists " + id + ": " + said).isEqualTo(said.contains(word));
                    });
                }));
    }

    /**
     * Issue 17 misfit "unmarked own facts": a fact the sources do not give (contacts.md, or a product
     * choice) shows the own-advice line wherever it is said.
     */
    @Test
    void ownFactsAreMarkedWhereverTheyAreSaid() {
        Map<String, String> ownFacts = new LinkedHashMap<>();
        ownFacts.put("bedrijfsarts", "bedrijfsarts");
        ownFacts.put("nog geen melding", "melding");
        ownFacts.put("Landelijk Meldpunt Zorg", "Landelijk Meldpunt Zorg");
        ownFacts.put("Centrum Seksueel Geweld", "Centrum Seksueel Geweld");
        ownFacts.put("zonder je naam", "naam");
        ownFacts.put("anoniem", "anoniem");
        forEachPath(FLOW, (path, softly) -> {
            String text = joined(adviceTexts(path)).toLowerCase(Locale.ROOT);
            String marked = String.join(" | ", ownAdviceLines(path)).toLowerCase(Locale.ROOT);
            ownFacts.forEach((fact, line) -> {
                if (text.contains(fact.toLowerCase(Locale.ROOT))) {
                    softly.assertThat(marked).as(path.line() + "\n  '" + fact + "' is own advice").contains(line.toLowerCase(Locale.ROOT));
                }
            });
        });
    }
}
