package nl.signaalwijzer.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.flow.ActionUse;
import nl.signaalwijzer.flow.Advice;
import nl.signaalwijzer.flow.ResolvedAction;
import nl.signaalwijzer.flow.Text;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.flow.Outcome;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The guards of the Leidraad (domain brief §1.6), checked on every path of the real medewerker
 * flow: whatever an organisation changes in the texts, these must keep holding.
 */
class MedewerkerGuardsTest {
    private static final FlowCatalog CATALOG = Fixtures.realCatalog();
    private static final Flow FLOW = CATALOG.flow("medewerker").orElseThrow();
    private static final List<FlowPath> PATHS = FlowPath.all(FLOW);

    private static Map<String, String> given(FlowPath path) {
        return path.answers().stream().collect(Collectors.toMap(Answer::question, Answer::option));
    }

    private static boolean yesOrUnsure(String option) {
        return "yes".equals(option) || "unsure".equals(option);
    }

    private static boolean noOrUnsure(String option) {
        return "no".equals(option) || "unsure".equals(option);
    }

    private static List<String> actions(FlowPath path) {
        return path.advice().actions().stream().map(ResolvedAction::id).toList();
    }

    private static void forEachPath(java.util.function.BiConsumer<FlowPath, SoftAssertions> check) {
        SoftAssertions softly = new SoftAssertions();
        PATHS.forEach(path -> check.accept(path, softly));
        softly.assertAll();
    }

    @Test
    void theFlowUsesTheContractQuestions() {
        assertThat(FLOW.startQuestion().id()).isEqualTo("acute-danger");
        assertThat(FLOW.questions()).extracting(q -> q.id()).contains("acute-danger", "perpetrator", "behaviour",
                "signals-clear", "serious-harm", "possibly-criminal", "can-address");
        assertThat(PATHS).hasSizeGreaterThan(20);
    }

    @Test
    void acuteDangerLeadsWith112OrStoppingIt() {
        forEachPath((path, softly) -> {
            String danger = given(path).get("acute-danger");
            List<String> actions = actions(path);
            if ("yes".equals(danger)) {
                softly.assertThat(actions.get(0)).as(path.line()).isIn("call-112", "stop-behaviour");
                softly.assertThat(actions).as(path.line()).contains("call-112", "stop-behaviour");
            }
            if ("unsure".equals(danger)) {
                softly.assertThat(actions.get(0)).as(path.line()).isIn("call-112", "stop-behaviour");
            }
            if ("no".equals(danger)) {
                softly.assertThat(actions).as("no 112 without acute danger: " + path.line()).doesNotContain("call-112");
            }
        });
    }

    @Test
    void aPossibleCrimeIsNeverAddressedOrInvestigatedByTheUser() {
        forEachPath((path, softly) -> {
            Map<String, String> given = given(path);
            boolean crime = yesOrUnsure(given.get("possibly-criminal"))
                    || yesOrUnsure(given.get("manager-possibly-criminal"));
            if (crime) {
                softly.assertThat(actions(path)).as(path.line())
                        .doesNotContain("address-directly", "observe")
                        .contains("report-internally", "police", "record-facts");
            }
        });
    }

    @Test
    void addressingSomeoneIsAlwaysFollowedByAnInternalReport() {
        forEachPath((path, softly) -> {
            List<String> actions = actions(path);
            if (actions.contains("address-directly")) {
                softly.assertThat(actions.indexOf("report-internally")).as(path.line())
                        .isGreaterThan(actions.indexOf("address-directly"));
            }
        });
    }

    @Test
    void seriousHarmIsStoppedFirst() {
        forEachPath((path, softly) -> {
            if (yesOrUnsure(given(path).get("serious-harm"))) {
                softly.assertThat(actions(path).get(0)).as(path.line()).isEqualTo("stop-behaviour");
                softly.assertThat(actions(path)).as(path.line()).contains("report-internally");
            }
        });
    }

    @Test
    void theTriageOfThePerpetratorPicksTheRightRegime() {
        forEachPath((path, softly) -> {
            String perpetrator = given(path).get("perpetrator");
            List<String> actions = actions(path);
            if (perpetrator == null) {
                return;
            }
            switch (perpetrator) {
                case "relative" -> softly.assertThat(actions).as(path.line()).contains("meldcode")
                        .doesNotContain("address-directly");
                case "client" -> softly.assertThat(actions).as(path.line()).contains("report-internally");
                case "manager" -> softly.assertThat(actions).as(path.line()).contains("confidential-adviser")
                        .doesNotContain("address-directly", "consult");
                default -> softly.assertThat(actions).as(path.line()).doesNotContain("meldcode")
                        .contains("report-internally");
            }
        });
    }

    @Test
    void unclearSignalsAreClarifiedBeforeAnythingElse() {
        forEachPath((path, softly) -> {
            if (noOrUnsure(given(path).get("signals-clear"))) {
                softly.assertThat(actions(path)).as(path.line()).contains("consult", "report-internally", "stay-alert")
                        .doesNotContain("address-directly", "police");
            }
        });
    }

    @Test
    void everyOutcomeExplainsWhyWithTheLeidraadAndWhatHappensNext() {
        for (FlowPath path : FlowPath.all(FLOW)) {
            Advice advice = path.advice();
            assertThat(Text.paragraphs(advice.why()).nl()).as(path.line()).containsIgnoringCase("Leidraad");
            assertThat(advice.sources()).as(path.line()).isNotEmpty();
            assertThat(Text.paragraphs(advice.nextSteps()).nl()).as(path.line()).isNotBlank();
            assertThat(Text.paragraphs(advice.always()).nl()).as(path.line()).isNotBlank();
            assertThat(advice.actions()).as(path.line()).hasSizeBetween(1, 6);
        }
    }

    @Test
    void everyOutcomeIsReachable() {
        assertThat(PATHS.stream().map(FlowPath::outcome).distinct()).containsExactlyInAnyOrderElementsOf(FLOW.outcomes());
    }
}
