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

import nl.signaalwijzer.Fixtures;
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
}
