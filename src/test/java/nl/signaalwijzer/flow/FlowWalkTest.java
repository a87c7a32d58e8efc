package nl.signaalwijzer.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.signaalwijzer.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The walker on the small v2 flow {@code fixtures/v2/talk.yaml}: urgent options on {@code acute-danger},
 * a skip rule on {@code kind} (when the danger is unsure) and one on {@code possibly-criminal} (when the
 * kind is sexual), and a {@code when} on the rule of {@code possibly-criminal=no} (to crime after
 * danger, else to address).
 */
class FlowWalkTest {
    private final Flow talk = Fixtures.v2Fixture().flow("talk").orElseThrow();

    /** {@code acute-danger=unsure kind=(unsure) @ possibly-criminal}: an implied answer in brackets. */
    private static String line(FlowState state) {
        return Stream.concat(state.steps().stream()
                        .map(step -> step.question().id() + "=" + (step.implied() ? "(" + step.option().id() + ")" : step.option().id())),
                Stream.of("@ " + state.at().id())).collect(Collectors.joining(" "));
    }

    @Test
    void everyAskedQuestionAndEveryOutcomePathDepthFirstInTheOrderTheOptionsAreWritten() {
        assertThat(FlowWalk.states(talk).map(FlowWalkTest::line)).containsExactly(
                "@ acute-danger",
                "acute-danger=yes @ kind",
                "acute-danger=yes kind=physical @ possibly-criminal",
                "acute-danger=yes kind=physical possibly-criminal=yes @ crime",
                "acute-danger=yes kind=physical possibly-criminal=no @ crime",
                "acute-danger=yes kind=physical possibly-criminal=unsure @ crime",
                "acute-danger=yes kind=sexual possibly-criminal=(yes) @ crime",
                "acute-danger=yes kind=unsure @ possibly-criminal",
                "acute-danger=yes kind=unsure possibly-criminal=yes @ crime",
                "acute-danger=yes kind=unsure possibly-criminal=no @ crime",
                "acute-danger=yes kind=unsure possibly-criminal=unsure @ crime",
                "acute-danger=no @ kind",
                "acute-danger=no kind=physical @ possibly-criminal",
                "acute-danger=no kind=physical possibly-criminal=yes @ crime",
                "acute-danger=no kind=physical possibly-criminal=no @ address",
                "acute-danger=no kind=physical possibly-criminal=unsure @ crime",
                "acute-danger=no kind=sexual possibly-criminal=(yes) @ crime",
                "acute-danger=no kind=unsure @ possibly-criminal",
                "acute-danger=no kind=unsure possibly-criminal=yes @ crime",
                "acute-danger=no kind=unsure possibly-criminal=no @ address",
                "acute-danger=no kind=unsure possibly-criminal=unsure @ crime",
                "acute-danger=unsure kind=(unsure) @ possibly-criminal",
                "acute-danger=unsure kind=(unsure) possibly-criminal=yes @ crime",
                "acute-danger=unsure kind=(unsure) possibly-criminal=no @ crime",
                "acute-danger=unsure kind=(unsure) possibly-criminal=unsure @ crime");
    }

    @Test
    void aStateKnowsWhatTheUserSendsWhatConditionsSeeAndWhatIsUrgent() {
        FlowState skipped = FlowWalk.states(talk)
                .filter(state -> line(state).equals("acute-danger=unsure kind=(unsure) possibly-criminal=no @ crime"))
                .findFirst().orElseThrow();
        assertThat(skipped.finished()).isTrue();
        assertThat(skipped.asked()).extracting(step -> step.question().id()).containsExactly("acute-danger", "possibly-criminal");
        assertThat(skipped.given()).containsExactly(
                java.util.Map.entry("acute-danger", "unsure"), java.util.Map.entry("kind", "unsure"),
                java.util.Map.entry("possibly-criminal", "no"));
        assertThat(skipped.raised()).containsExactly("call-112");
        FlowState danger = FlowWalk.states(talk).filter(state -> line(state).equals("acute-danger=yes @ kind"))
                .findFirst().orElseThrow();
        assertThat(danger.finished()).isFalse();
        assertThat(danger.raised()).containsExactly("call-112", "stop-behaviour");
    }

    @Test
    void itIsLazySoACallerCanStopEarly() {
        assertThat(FlowWalk.states(talk).filter(FlowState::finished).limit(2).map(FlowWalkTest::line)).containsExactly(
                "acute-danger=yes kind=physical possibly-criminal=yes @ crime",
                "acute-danger=yes kind=physical possibly-criminal=no @ crime");
    }

    @Test
    void aPathThatComesBackToAQuestionEndsThereAndARuleToNowhereEndsItsPath() {
        // the outcome 'address' made to lead back to the start: a loop, as in a flow the validator rejects
        List<String> looping = FlowWalk.walk(talk.start(),
                        id -> talk.node(id.equals("address") ? talk.start() : id).orElse(null))
                .filter(FlowState::loops).map(FlowWalkTest::line).toList();
        assertThat(looping).containsExactly(
                "acute-danger=no kind=physical possibly-criminal=no @ acute-danger",
                "acute-danger=no kind=unsure possibly-criminal=no @ acute-danger");
        // a rule that leads to no node ends its path without a state
        assertThat(FlowWalk.walk(talk.start(), id -> id.equals("address") ? null : talk.node(id).orElse(null))
                .filter(FlowState::finished).count()).isEqualTo(FlowWalk.states(talk).filter(FlowState::finished).count() - 2);
    }
}
