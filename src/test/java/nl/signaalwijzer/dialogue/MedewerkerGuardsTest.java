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
                "behaviour", "signals-clear", "serious-harm", "possibly-criminal", "can-address");
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
                softly.assertThat(path.outcome().id()).as("sexual behaviour is a possible crime: " + path.line())
                        .isIn("possible-crime", "manager-crime", "unclear-listen-only");
            }
        });
    }

    @Test
    void onASuspectedCrimeOrSexualPathNobodyIsToldToAddressThePersonOrQuestionTheClient() {
        forEachPath((path, softly) -> {
            if (!crimeOrSexual(path)) {
                return;
            }
            softly.assertThat(actionIds(path)).as(path.line()).doesNotContain("address-directly");
            softly.assertThat(joined(actionTexts(path))).as(path.line())
                    .doesNotContain("Spreek de persoon zelf aan", "Je mag de cliënt", "open vraag", "Vraag wat er gebeurde",
                            "Vertel de cliënt dat je het meldt");
            if (isAnyOf(given(path).get("possibly-criminal"), "yes", "unsure")) {
                softly.assertThat(actionIds(path)).as(path.line()).contains("report-internally", "police", "record-facts");
            }
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
            if (!"manager".equals(given(path).get("perpetrator"))) {
                return;
            }
            softly.assertThat(contactIds(path)).as(path.line()).doesNotContain("leidinggevende", "aandachtsfunctionaris");
            String advice = joined(actionTexts(path)) + " " + joined(path.advice().nextSteps().stream().map(Text::nl).toList())
                    + " " + joined(path.advice().always().stream().map(Text::nl).toList());
            softly.assertThat(advice.toLowerCase(Locale.ROOT)).as(path.line())
                    .doesNotContain("aandachtsfunctionaris", "leidinggevende");
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
    void unclearSignalsAreClarifiedBeforeAnythingElse() {
        forEachPath((path, softly) -> {
            if (isAnyOf(given(path).get("signals-clear"), "no", "unsure")) {
                softly.assertThat(actionIds(path)).as(path.line()).contains("consult", "report-internally", "stay-alert")
                        .doesNotContain("address-directly", "police");
            }
        });
    }

    @Test
    void everyOutcomeExplainsWhyWithTheLeidraadAndWhatHappensNext() {
        forEachPath((path, softly) -> {
            Advice advice = path.advice();
            softly.assertThat(Text.paragraphs(advice.why()).nl()).as(path.line()).containsIgnoringCase("Leidraad");
            softly.assertThat(advice.sources()).as(path.line()).isNotEmpty();
            softly.assertThat(Text.paragraphs(advice.nextSteps()).nl()).as(path.line()).isNotBlank();
            softly.assertThat(Text.paragraphs(advice.always()).nl()).as(path.line()).isNotBlank();
            softly.assertThat(advice.actions().stream().filter(a -> !a.urgent())).as(path.line()).hasSizeBetween(1, 5);
        });
    }

    @Test
    void theBenchmarkedMidConversationStepStillLeadsToCanAddress() throws AnswerMismatch {
        // bench/run and RenderBenchmark send these five answers and measure the can-address page
        Conversation step = Dialogue.replay(FLOW, List.of(new Answer("acute-danger", "no"), new Answer("perpetrator", "staff"),
                new Answer("signals-clear", "yes"), new Answer("serious-harm", "no"), new Answer("possibly-criminal", "no")));
        assertThat(step.question().id()).isEqualTo("can-address");
    }

    @Test
    void everyOutcomeIsReachable() {
        assertThat(PATHS.stream().map(FlowPath::outcome).distinct()).containsExactlyInAnyOrderElementsOf(FLOW.outcomes());
    }
}
