package nl.signaalwijzer.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.flow.ResolvedAction;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.FlowCatalog;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The rules for clients, relatives and professionals themselves (domain brief §4.4, §5.4, §6, G10),
 * checked on every path of the real client, naaste and zelf flows.
 */
class AudienceFlowGuardsTest {
    private static final FlowCatalog CATALOG = Fixtures.realCatalog();

    private static void forEachPath(String flowId, BiConsumer<FlowPath, SoftAssertions> check) {
        Flow flow = CATALOG.flow(flowId).orElseThrow();
        SoftAssertions softly = new SoftAssertions();
        FlowPath.all(flow).forEach(path -> check.accept(path, softly));
        softly.assertAll();
    }

    private static Map<String, String> given(FlowPath path) {
        return path.answers().stream().collect(Collectors.toMap(Answer::question, Answer::option));
    }

    private static List<String> actions(FlowPath path) {
        return path.advice().actions().stream().map(ResolvedAction::id).toList();
    }

    private static boolean sexualAndRecentOrUnsure(Map<String, String> given) {
        boolean recentSexual = "sexual".equals(given.get("behaviour"))
                && List.of("yes", "unsure").contains(given.getOrDefault("recent", "-"));
        boolean recentByOwnQuestion = given.entrySet().stream().anyMatch(e -> e.getKey().endsWith("-sexual")
                && List.of("sexual-recent", "unsure").contains(e.getValue()));
        return recentSexual || recentByOwnQuestion;
    }

    @Test
    void clientAndNaasteLeadWith112OnlyInDanger() {
        for (String flow : List.of("client", "naaste")) {
            forEachPath(flow, (path, softly) -> {
                String danger = given(path).get("acute-danger");
                if ("no".equals(danger)) {
                    softly.assertThat(actions(path)).as(path.line()).doesNotContain("call-112");
                } else {
                    softly.assertThat(actions(path).get(0)).as(path.line()).isEqualTo("call-112");
                }
            });
        }
    }

    @Test
    void recentSexualViolenceSendsToTheCentrumSeksueelGeweldFirst() {
        for (String flow : List.of("client", "naaste")) {
            forEachPath(flow, (path, softly) -> {
                Map<String, String> given = given(path);
                if ("no".equals(given.get("acute-danger")) && sexualAndRecentOrUnsure(given)) {
                    softly.assertThat(actions(path).get(0)).as(path.line()).isEqualTo("centrum-seksueel-geweld");
                }
            });
        }
    }

    @Test
    void aRelativeAsPerpetratorLeadsToVeiligThuisAndSomeoneInTheChainIsRoutedAround() {
        for (String flow : List.of("client", "naaste")) {
            forEachPath(flow, (path, softly) -> {
                String perpetrator = given(path).get("perpetrator");
                if ("relative".equals(perpetrator)) {
                    softly.assertThat(actions(path)).as(path.line()).contains("veilig-thuis");
                }
                if ("manager".equals(perpetrator)) {
                    softly.assertThat(actions(path)).as(path.line()).contains("confidential-adviser", "landelijk-meldpunt-zorg");
                    // the actions this path shows (an action with a `when` for other answers is not shown here)
                    path.advice().actions().forEach(action -> softly.assertThat(action.contacts())
                            .as("no contact in the reporting chain for " + action.id() + ": " + path.line())
                            .noneMatch(c -> c.id().equals("leidinggevende") || c.id().equals("aandachtsfunctionaris")));
                }
                if (perpetrator != null && !"relative".equals(perpetrator)) {
                    softly.assertThat(actions(path)).as(path.line()).doesNotContain("meldcode");
                }
            });
        }
    }

    @Test
    void aRelativeWhoHasNotToldTheOrganisationIsToldHowAndOneWhoWasIgnoredGetsTheLadder() {
        forEachPath("naaste", (path, softly) -> {
            String told = given(path).get("told-organisation");
            if ("no".equals(told) || "unsure".equals(told)) {
                softly.assertThat(actions(path)).as(path.line()).contains("report-to-organisation");
            }
            if ("yes".equals(told)) {
                softly.assertThat(actions(path)).as(path.line())
                        .contains("complaint", "confidential-adviser", "landelijk-meldpunt-zorg");
            }
        });
    }

    @Test
    void theProfessionalAlwaysGetsSomeoneSafeToTalkToAndFirmRulesWhereTheyAreAbsolute() {
        forEachPath("zelf", (path, softly) -> {
            List<String> actions = actions(path);
            softly.assertThat(actions).as(path.line()).containsAnyOf("talk-to-someone", "confidential-adviser");
            String situation = given(path).get("situation");
            if ("relationship".equals(situation)) {
                softly.assertThat(actions).as(path.line()).contains("stop-contact", "report-internally");
            }
            if ("after-care-ended".equals(situation)) {
                softly.assertThat(actions).as(path.line()).containsAnyOf("cooling-off", "stop-contact");
            }
            if ("social-media".equals(situation)) {
                softly.assertThat(actions).as(path.line()).containsAnyOf("decline-contact", "stop-contact");
            }
            if ("yes".equals(given(path).get("risk-now"))) {
                softly.assertThat(actions.get(0)).as(path.line()).isEqualTo("stop-behaviour");
            }
        });
    }

    @Test
    void theAudienceFlowsAskTheContractQuestions() {
        assertThat(CATALOG.flow("client").orElseThrow().questions()).extracting(q -> q.id())
                .contains("acute-danger", "perpetrator", "behaviour", "recent");
        assertThat(CATALOG.flow("naaste").orElseThrow().questions()).extracting(q -> q.id())
                .contains("acute-danger", "perpetrator", "behaviour", "recent", "told-organisation");
        assertThat(CATALOG.flow("zelf").orElseThrow().questions()).extracting(q -> q.id()).contains("situation");
    }
}
