package nl.signaalwijzer.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.signaalwijzer.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * {@code steps:} adds after the steps an action has so far, {@code replace-steps:} shows other steps
 * instead, at both levels that word an action (the flow's {@code actions:}, an outcome's use), on a
 * small flow written here so each step's origin can be read off its text.
 */
class StepsExtendOrReplaceTest {
    private static final String ACTIONS = """
            actions:
              - id: report-internally
                title: {nl: "Meld het", en: "Report it"}
                text: {nl: "Meld het.", en: "Report it."}
                steps:
                  - {nl: "actie 1", en: "action 1"}
                  - {nl: "actie 2", en: "action 2"}
              - id: stay-alert
                title: {nl: "Blijf alert", en: "Stay alert"}
                text: {nl: "Let op.", en: "Pay attention."}
                steps:
                  - {nl: "actie alert", en: "action alert"}
            """;

    private static final String FLOW = """
            id: steps
            title: {nl: "Stappen", en: "Steps"}
            description: {nl: "Een test.", en: "A test."}
            start: worried
            actions:
              - action: report-internally
                steps:
                  - {nl: "stroom 1", en: "flow 1"}
              - action: stay-alert
                replace-steps:
                  - {nl: "stroom alert", en: "flow alert"}
            questions:
              - id: worried
                text: {nl: "Zorgen?", en: "Worried?"}
                options:
                  - {id: "yes", label: {nl: "Ja", en: "Yes"}, next: extended}
                  - {id: "no", label: {nl: "Nee", en: "No"}, next: replaced}
                  - {id: unsure, label: {nl: "Weet niet", en: "Not sure"}, next: as-the-flow-words-it}
            outcomes:
              - id: extended
                title: {nl: "Meer", en: "More"}
                text: {nl: "Tekst.", en: "Text."}
                actions:
                  - action: report-internally
                    steps:
                      - {nl: "uitkomst 1", en: "outcome 1"}
                      - when: {worried: "yes"}
                        text: {nl: "uitkomst 2", en: "outcome 2"}
                  - action: stay-alert
                    steps:
                      - {nl: "uitkomst alert", en: "outcome alert"}
                why: {nl: "Waarom.", en: "Why."}
                next-steps: {nl: "Daarna.", en: "Then."}
                always: {nl: "Altijd.", en: "Always."}
                sources: [{title: "Leidraad", ref: "Stap 1"}]
              - id: replaced
                title: {nl: "Anders", en: "Other"}
                text: {nl: "Tekst.", en: "Text."}
                actions:
                  - action: report-internally
                    replace-steps:
                      - {nl: "uitkomst in plaats van", en: "outcome instead"}
                  - action: stay-alert
                    replace-steps: []
                why: {nl: "Waarom.", en: "Why."}
                next-steps: {nl: "Daarna.", en: "Then."}
                always: {nl: "Altijd.", en: "Always."}
                sources: [{title: "Leidraad", ref: "Stap 1"}]
              - id: as-the-flow-words-it
                title: {nl: "Zoals de stroom", en: "As the flow"}
                text: {nl: "Tekst.", en: "Text."}
                actions:
                  - action: report-internally
                  - action: stay-alert
                why: {nl: "Waarom.", en: "Why."}
                next-steps: {nl: "Daarna.", en: "Then."}
                always: {nl: "Altijd.", en: "Always."}
                sources: [{title: "Leidraad", ref: "Stap 1"}]
            """;

    private static FlowCatalog load(String flow) {
        Map<String, byte[]> files = new HashMap<>(Fixtures.read(Fixtures.FIXTURES.resolve("valid")));
        files.remove("tiny.yaml");
        files.remove("glossary.yaml");
        files.put("actions.yaml", ACTIONS.getBytes(StandardCharsets.UTF_8));
        files.put("steps.yaml", flow.getBytes(StandardCharsets.UTF_8));
        return FlowLoader.load(new FlowFiles("synthetic", files));
    }

    /** The Dutch steps of each action the outcome shows after answering {@code worried}. */
    private static Map<String, List<String>> steps(String outcomeId, String worried) {
        Flow flow = load(FLOW).flow("steps").orElseThrow();
        Outcome outcome = (Outcome) flow.node(outcomeId).orElseThrow();
        Map<String, List<String>> steps = new HashMap<>();
        for (ResolvedAction action : flow.advice(outcome, Map.of("worried", worried), List.of()).actions()) {
            steps.put(action.id(), action.steps().stream().map(Text::nl).toList());
        }
        return steps;
    }

    @Test
    void stepsComeAfterTheActionsOwnAndTheFlowsAtEachLevel() {
        assertThat(steps("extended", "yes")).isEqualTo(Map.of(
                "report-internally", List.of("actie 1", "actie 2", "stroom 1", "uitkomst 1", "uitkomst 2"),
                "stay-alert", List.of("stroom alert", "uitkomst alert")));
    }

    @Test
    void anAddedStepWithWhenShowsOnlyWhereItHolds() {
        assertThat(steps("extended", "no").get("report-internally"))
                .containsExactly("actie 1", "actie 2", "stroom 1", "uitkomst 1");
    }

    @Test
    void replaceStepsShowsOnlyItsOwnStepsAndAnEmptyListShowsNone() {
        assertThat(steps("replaced", "no")).isEqualTo(Map.of(
                "report-internally", List.of("uitkomst in plaats van"),
                "stay-alert", List.of()));
    }

    @Test
    void withoutStepsOfItsOwnAnOutcomeShowsTheFlowsWording() {
        assertThat(steps("as-the-flow-words-it", "unsure")).isEqualTo(Map.of(
                "report-internally", List.of("actie 1", "actie 2", "stroom 1"),
                "stay-alert", List.of("stroom alert")));
    }

    @Test
    void theLimitCountsTheStepsAddedToByTheFlowsWording() {
        String tooMany = FLOW.replace("""
                      - {nl: "stroom 1", en: "flow 1"}
                """, """
                      - {nl: "stroom 1", en: "flow 1"}
                      - {nl: "stroom 2", en: "flow 2"}
                      - {nl: "stroom 3", en: "flow 3"}
                      - {nl: "stroom 4", en: "flow 4"}
                """);
        assertThatThrownBy(() -> load(tooMany)).isInstanceOfSatisfying(FlowException.class, e ->
                assertThat(e.problems()).extracting(Problem::toString).containsExactly(
                        "steps.yaml:6:5: the flow's wording of action 'report-internally' has 6 steps (2 of the"
                                + " action's own, 4 added by 'steps' here); at most 5 keep it readable",
                        "steps.yaml:27:9: outcome 'extended' has 8 steps for action 'report-internally' (6 of the"
                                + " action's own, 2 added by 'steps' here); at most 5 keep it readable"));
    }
}
