package nl.signaalwijzer.dialogue;

import static nl.signaalwijzer.dialogue.PathReading.actionIds;
import static nl.signaalwijzer.dialogue.PathReading.actionTexts;
import static nl.signaalwijzer.dialogue.PathReading.adviceTexts;
import static nl.signaalwijzer.dialogue.PathReading.contactIds;
import static nl.signaalwijzer.dialogue.PathReading.given;
import static nl.signaalwijzer.dialogue.PathReading.isAnyOf;
import static nl.signaalwijzer.dialogue.PathReading.joined;
import static nl.signaalwijzer.dialogue.PathReading.ownAdviceLines;
import static nl.signaalwijzer.dialogue.PathReading.sentences;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.flow.Advice;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.ResolvedAction;
import nl.signaalwijzer.flow.Text;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The guards of the Leidraad (domain brief §1.6, issue 11 items 1-6 and 12-13), checked on every path
 * of the real medewerker flow: whatever an organisation changes in the texts, these must keep holding.
 */
class MedewerkerGuardsTest {
    private static final Flow FLOW = Fixtures.realCatalog().flow("medewerker").orElseThrow();
    private static final List<FlowPath> PATHS = FlowPath.all(FLOW);
    /** A sentence in which someone talks with the client or the suspect, as the organisation would. */
    private static final Pattern TALKS_WITH_CLIENT_OR_SUSPECT =
            Pattern.compile("\\b(praat|praten|gesprek|gesprekken)\\b.*\\bmet (de cliënt|de persoon|hen)\\b");

    private static void forEachPath(BiConsumer<FlowPath, SoftAssertions> check) {
        PathReading.forEachPath(FLOW, check);
    }

    /** Could it be a crime, or is it (or may it be) sexual: then G1 holds, the police go first. */
    private static boolean crimeOrSexual(FlowPath path) {
        Map<String, String> given = given(path);
        return isAnyOf(given.get("possibly-criminal"), "yes", "unsure")
                || isAnyOf(given.get("behaviour"), "sexual", "unsure")
                || isAnyOf(given.get("serious-harm"), "yes", "unsure");
    }

    private static int firstCalmAction(FlowPath path) {
        List<ResolvedAction> actions = path.advice().actions();
        for (int i = 0; i < actions.size(); i++) {
            if (!actions.get(i).urgent()) {
                return i;
            }
        }
        return actions.size();
    }

    @Test
    void theFlowUsesTheContractQuestions() {
        assertThat(FLOW.startQuestion().id()).isEqualTo("acute-danger");
        assertThat(FLOW.questions()).extracting(q -> q.id()).containsExactlyInAnyOrder("acute-danger", "perpetrator",
                "conflict-of-interest", "behaviour", "signals-clear", "serious-harm", "possibly-criminal", "recent",
                "can-address");
        assertThat(PATHS).hasSizeGreaterThan(20);
    }

    @Test
    void acuteDangerLeadsWith112OrStoppingItAndTheQuestionsGoOn() {
        forEachPath((path, softly) -> {
            String danger = given(path).get("acute-danger");
            List<String> actions = actionIds(path);
            if (isAnyOf(danger, "yes", "unsure")) {
                softly.assertThat(actions.subList(0, 2)).as(path.line()).containsExactlyInAnyOrder("call-112", "stop-behaviour");
                softly.assertThat(given(path)).as("the dialogue went on: " + path.line()).containsKey("perpetrator");
            }
            if ("no".equals(danger)) {
                softly.assertThat(actions).as("no 112 without acute danger: " + path.line()).doesNotContain("call-112");
            }
        });
    }

    @Test
    void nobodyIsToldToAddressThePersonUnlessTheyToldWhatHappenedAndItIsNotSexual() {
        forEachPath((path, softly) -> {
            Map<String, String> given = given(path);
            if (actionIds(path).contains("address-directly")) {
                softly.assertThat(given.get("behaviour")).as(path.line())
                        .isIn("neglect", "psychological", "physical", "financial");
            }
            if ("sexual".equals(given.get("behaviour"))) {
                softly.assertThat(given.get("possibly-criminal")).as("sexual behaviour is a possible crime: " + path.line())
                        .isIn("yes", null); // null: serious harm, stopped and reported at once, without that question
                softly.assertThat(actionIds(path)).as("sexual behaviour is a possible crime: " + path.line())
                        .contains("police").doesNotContain("address-directly");
            }
        });
    }

    @Test
    void onASuspectedCrimeOrSexualPathNobodyIsToldToAddressThePersonOrQuestionTheClient() {
        forEachPath((path, softly) -> {
            if (!crimeOrSexual(path)) {
                return;
            }
            softly.assertThat(actionIds(path)).as(path.line()).doesNotContain("address-directly")
                    .contains("report-internally", "police", "record-facts");
            softly.assertThat(joined(adviceTexts(path))).as(path.line())
                    .doesNotContain("Spreek de persoon zelf aan", "Je mag de cliënt", "open vraag", "Vraag wat er gebeurde",
                            "Vertel de cliënt dat je het meldt", "Vraag of de cliënt zelf mee wil doen");
        });
    }

    @Test
    void onASuspectedCrimeOrSexualPathThePoliceTalkWithTheClientAndTheSuspectFirst() {
        forEachPath((path, softly) -> {
            if (!crimeOrSexual(path)) {
                return;
            }
            for (String sentence : sentences(adviceTexts(path))) {
                if (TALKS_WITH_CLIENT_OR_SUSPECT.matcher(sentence).find() && !sentence.contains("geen gesprek")) {
                    softly.assertThat(sentence).as("who talks first, on " + path.line()).contains("politie");
                }
            }
        });
    }

    @Test
    void onPathsAboutTheUsersOwnManagerNoActionSendsToOrListsThatRole() {
        forEachPath((path, softly) -> {
            Map<String, String> given = given(path);
            boolean manager = "manager".equals(given.get("perpetrator"));
            if (!manager && !isAnyOf(given.get("conflict-of-interest"), "yes", "unsure")) {
                return;
            }
            // G10: the manager (or the on-call service, which may be the same person) may be concerned or close
            softly.assertThat(contactIds(path)).as(path.line()).doesNotContain("leidinggevende", "bereikbaarheidsdienst");
            if (manager) {
                softly.assertThat(contactIds(path)).as(path.line()).doesNotContain("aandachtsfunctionaris");
            }
            List<Text> advice = new ArrayList<>(path.advice().nextSteps());
            advice.addAll(path.advice().always());
            advice.addAll(path.advice().exampleNote());
            List<String> texts = new ArrayList<>(actionTexts(path));
            advice.forEach(t -> texts.add(t.nl()));
            String roles = manager ? "leidinggevende|bereikbaarheidsdienst|aandachtsfunctionaris" : "leidinggevende|bereikbaarheidsdienst";
            for (String sentence : sentences(texts)) {
                if (Pattern.compile(roles).matcher(sentence.toLowerCase(Locale.ROOT)).find()) {
                    softly.assertThat(sentence).as("only to say: not to them, on " + path.line()).containsPattern("\\bniet\\b");
                }
            }
            softly.assertThat(path.advice().exampleNote()).as("the path's own note about unfilled contacts: " + path.line())
                    .isNotEmpty();
        });
    }

    @Test
    void theMeldcodePathNamesTheDomesticViolenceOfficer() {
        forEachPath((path, softly) -> {
            if (actionIds(path).contains("meldcode")) {
                softly.assertThat(contactIds(path)).as(path.line()).contains("aandachtsfunctionaris-huiselijk-geweld")
                        .doesNotContain("aandachtsfunctionaris");
                softly.assertThat(joined(actionTexts(path))).as(path.line()).doesNotContainPattern("aandachtsfunctionaris(?! huiselijk)");
            }
        });
    }

    @Test
    void whereTheWorkerTalksWithOrReportsAboutAClientANoFromTheClientDoesNotEndTheReport() {
        forEachPath((path, softly) -> {
            List<String> actions = actionIds(path);
            if (actions.contains("report-internally") && !"client".equals(given(path).get("perpetrator"))) {
                softly.assertThat(joined(adviceTexts(path))).as(path.line()).containsPattern("geen melding.{0,80}toch");
            }
        });
    }

    @Test
    void talkInTheTeamFitsEverydayTreatmentNeverASuspectedCrimeOrSexualBehaviour() {
        forEachPath((path, softly) -> {
            String text = joined(adviceTexts(path));
            if (crimeOrSexual(path) || text.contains("Bespreek je vermoeden niet")) {
                softly.assertThat(text).as(path.line()).doesNotContain("in je team bespreken");
            }
        });
    }

    @Test
    void noOutcomePromisesSecrecy() {
        forEachPath((path, softly) -> sentences(adviceTexts(path)).stream()
                .filter(sentence -> sentence.toLowerCase(Locale.ROOT).contains("geheim"))
                .forEach(sentence -> softly.assertThat(sentence).as(path.line()).containsAnyOf("geen", "niet", "niemand")));
    }

    @Test
    void ownAdviceIsMarkedInTheSourcesNotExplainedInTheAdvice() {
        forEachPath((path, softly) -> {
            String text = joined(adviceTexts(path));
            if (text.contains("112")) {
                softly.assertThat(ownAdviceLines(path)).as(path.line()).contains("112 bij direct gevaar");
            }
            if (text.contains("7 dagen")) {
                softly.assertThat(ownAdviceLines(path)).as(path.line())
                        .anyMatch(line -> line.startsWith("Centrum Seksueel Geweld"));
            }
            softly.assertThat(text).as(path.line()).doesNotContain("komt van deze app", "zegt hier niets", "zegt daar niets",
                    "De Leidraad zegt", "kiest deze app");
        });
    }

    @Test
    void noTextContradictsTheAnswersGiven() {
        forEachPath((path, softly) -> {
            Map<String, String> given = given(path);
            String text = joined(adviceTexts(path));
            if (!isAnyOf(given.get("perpetrator"), "relative", "unsure")) {
                softly.assertThat(text).as("not family: " + path.line()).doesNotContain("familielid", "Meldcode", "meldcode");
            }
            if (isAnyOf(given.get("behaviour"), "neglect", "psychological", "physical", "financial")) {
                softly.assertThat(text.toLowerCase(Locale.ROOT)).as("not sexual: " + path.line()).doesNotContain("seksu");
            }
            if ("yes".equals(given.get("signals-clear"))) {
                softly.assertThat(text).as("signals are clear: " + path.line()).doesNotContain("niet-pluis-gevoel");
            }
            if ("no".equals(given.get("possibly-criminal"))) {
                softly.assertThat(text).as("not a crime: " + path.line()).doesNotContain("Kan het strafbaar zijn?");
            }
        });
    }

    @Test
    void theHardWordsOfTheLeidraadAreSaidPlainly() {
        forEachPath((path, softly) -> softly.assertThat(joined(adviceTexts(path))).as(path.line())
                .doesNotContain("hoor en wederhoor", "pleger", "misdraging", "buiten de lijn", "buiten je lijn",
                        "buiten je eigen lijn"));
    }

    @Test
    void addressingSomeoneIsAlwaysFollowedByAnInternalReport() {
        forEachPath((path, softly) -> {
            List<String> actions = actionIds(path);
            if (actions.contains("address-directly")) {
                softly.assertThat(actions.indexOf("report-internally")).as(path.line())
                        .isGreaterThan(actions.indexOf("address-directly"));
            }
        });
    }

    @Test
    void seriousHarmIsStoppedFirst() {
        forEachPath((path, softly) -> {
            if (isAnyOf(given(path).get("serious-harm"), "yes", "unsure")) {
                softly.assertThat(actionIds(path).indexOf("stop-behaviour")).as(path.line())
                        .isBetween(0, firstCalmAction(path) - 1);
                softly.assertThat(actionIds(path)).as(path.line()).contains("report-internally");
            }
        });
    }

    @Test
    void theTriageOfThePerpetratorPicksTheRightRegime() {
        forEachPath((path, softly) -> {
            String perpetrator = given(path).get("perpetrator");
            List<String> actions = actionIds(path);
            switch (perpetrator) {
                case "relative" -> softly.assertThat(actions).as(path.line()).contains("meldcode", "veilig-thuis")
                        .doesNotContain("address-directly");
                case "client" -> softly.assertThat(actions).as(path.line()).contains("report-internally");
                case "manager" -> softly.assertThat(actions).as(path.line()).contains("confidential-adviser")
                        .doesNotContain("address-directly", "consult");
                default -> softly.assertThat(actions).as(path.line()).doesNotContain("meldcode", "veilig-thuis")
                        .contains("report-internally");
            }
        });
    }

    @Test
    void unclearSignalsAreClarifiedBeforeAnythingElseAndThePoliceComeInOnlyWhereACrimeIsPossible() {
        forEachPath((path, softly) -> {
            Map<String, String> given = given(path);
            if (isAnyOf(given.get("signals-clear"), "no", "unsure")) {
                softly.assertThat(actionIds(path)).as(path.line()).contains("consult", "report-internally")
                        .doesNotContain("address-directly");
                if ("no".equals(given.get("possibly-criminal"))) {
                    softly.assertThat(actionIds(path)).as(path.line()).contains("stay-alert").doesNotContain("police");
                } else {
                    softly.assertThat(actionIds(path)).as(path.line()).contains("police").doesNotContain("stay-alert");
                }
            }
        });
    }

    /** Issue 17 items 2-4: G1 must never hang on an answer that has nothing to do with it. */
    @Test
    void onEveryLeidraadLaneTheBehaviourIsKnownBeforeWhetherItCanBeACrime() {
        forEachPath((path, softly) -> {
            List<String> asked = path.end().turns().stream().map(t -> t.question().id()).toList();
            if (isAnyOf(given(path).get("perpetrator"), "staff", "volunteer", "manager", "unsure")) {
                softly.assertThat(asked).as(path.line()).contains("behaviour");
                if (!isAnyOf(given(path).get("serious-harm"), "yes", "unsure")) {
                    softly.assertThat(asked).as(path.line()).contains("possibly-criminal");
                }
                if (asked.contains("possibly-criminal")) {
                    softly.assertThat(asked.indexOf("behaviour")).as(path.line()).isLessThan(asked.indexOf("possibly-criminal"));
                }
            }
        });
    }

    /** Issue 17 item 3: the client may be asked how it went (G5) only where the answers rule a crime out. */
    @Test
    void theClientIsAskedOpenQuestionsOnlyWhereNoCrimeIsPossible() {
        forEachPath((path, softly) -> {
            String text = joined(adviceTexts(path));
            if (text.contains("open vragen") || text.contains("open vraag") || text.contains("zelf mee wil doen")) {
                softly.assertThat(given(path).get("possibly-criminal")).as(path.line()).isEqualTo("no");
            }
        });
    }

    /** The first answer was "Weet ik niet": the urgent steps show, and the questions go on to tailor the rest. */
    @Test
    void afterDangerTheConversationGoesOnLongEnoughToTailorTheAdvice() {
        forEachPath((path, softly) -> {
            Map<String, String> given = given(path);
            if (isAnyOf(given.get("acute-danger"), "yes", "unsure")
                    && isAnyOf(given.get("perpetrator"), "staff", "volunteer", "manager", "unsure")) {
                softly.assertThat(given).as(path.line()).containsKeys("conflict-of-interest", "behaviour", "possibly-criminal");
                softly.assertThat(path.end().transcript()).as(path.line()).hasSizeGreaterThanOrEqualTo(3);
            }
        });
    }

    /** Issue 17, the 7 days: asked where the timing changes the advice (sexual or physical harm, a crime possible). */
    @Test
    void whenItHappenedIsKnownWhereTheTimingMatters() {
        forEachPath((path, softly) -> {
            Map<String, String> given = given(path);
            if (isAnyOf(given.get("behaviour"), "sexual", "physical")
                    && (isAnyOf(given.get("possibly-criminal"), "yes", "unsure") || isAnyOf(given.get("serious-harm"), "yes", "unsure"))) {
                softly.assertThat(given).as(path.line()).containsKey("recent");
            }
        });
    }

    @Test
    void everyOutcomeExplainsWhyWithTheLeidraadAndWhatHappensNext() {
        forEachPath((path, softly) -> {
            Advice advice = path.advice();
            softly.assertThat(Text.paragraphs(advice.why()).orElseThrow().nl()).as(path.line()).containsIgnoringCase("Leidraad");
            softly.assertThat(advice.sources()).as(path.line()).isNotEmpty();
            softly.assertThat(Text.paragraphs(advice.nextSteps()).orElseThrow().nl()).as(path.line()).isNotBlank();
            softly.assertThat(Text.paragraphs(advice.always()).orElseThrow().nl()).as(path.line()).isNotBlank();
            softly.assertThat(advice.actions().stream().filter(a -> !a.urgent())).as(path.line()).hasSizeBetween(1, 5);
        });
    }

    @Test
    void theBenchmarkedMidConversationStepStillLeadsToCanAddress() throws AnswerMismatch {
        // bench/run and RenderBenchmark send these seven answers and measure the can-address page
        Conversation step = Dialogue.replay(FLOW, List.of(new Answer("acute-danger", "no"), new Answer("perpetrator", "staff"),
                new Answer("conflict-of-interest", "no"), new Answer("behaviour", "neglect"), new Answer("signals-clear", "yes"),
                new Answer("serious-harm", "no"), new Answer("possibly-criminal", "no")));
        assertThat(step.question().id()).isEqualTo("can-address");
    }

    @Test
    void everyOutcomeIsReachable() {
        assertThat(PATHS.stream().map(FlowPath::outcome).distinct()).containsExactlyInAnyOrderElementsOf(FLOW.outcomes());
    }
}
