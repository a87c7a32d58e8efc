package nl.signaalwijzer.dialogue;

import java.util.List;
import java.util.stream.Collectors;
import nl.signaalwijzer.flow.Advice;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.FlowState;
import nl.signaalwijzer.flow.FlowWalk;
import nl.signaalwijzer.flow.Outcome;
import nl.signaalwijzer.flow.Phase;
import nl.signaalwijzer.flow.ResolvedAction;

/** One complete path through a flow: the conversation at its outcome, after the answers given. */
public record FlowPath(Conversation end) {

    /**
     * Every path of a validated (acyclic) flow, in the order its options are written: the outcome states
     * of {@link FlowWalk}, each replayed through the engine itself.
     */
    public static List<FlowPath> all(Flow flow) {
        return FlowWalk.states(flow).filter(FlowState::finished).map(state -> new FlowPath(replay(flow, state))).toList();
    }

    /**
     * The conversation at a state the walk found: its answers, replayed through the engine, which must
     * stand where the walk does (the walk and the engine route with the same functions).
     */
    public static Conversation replay(Flow flow, FlowState state) {
        Conversation conversation;
        try {
            conversation = Dialogue.replay(flow, answers(state));
        } catch (AnswerMismatch impossible) {
            throw new IllegalStateException("a walked state does not fit its own flow", impossible);
        }
        if (conversation.next() != state.at()) {
            throw new IllegalStateException("the engine is at '" + conversation.next().id() + "' where the walk of flow '"
                    + flow.id() + "' is at '" + state.at().id() + "'");
        }
        return conversation;
    }

    /** The answers a user sends to reach a state the walk found (implied ones are not sent). */
    public static List<Answer> answers(FlowState state) {
        return state.asked().stream().map(step -> new Answer(step.question().id(), step.option().id())).toList();
    }

    /** The answers the user gives on this path (implied ones are not sent). */
    public List<Answer> answers() {
        return end.answers();
    }

    public Outcome outcome() {
        return end.outcome();
    }

    public Advice advice() {
        return end.advice();
    }

    /**
     * Stable, diff-friendly: {@code q1=a q2=(b) -> outcome-id [action-1, action-2] + why.2, police.step.3}:
     * an implied answer in brackets; the action ids shown; after {@code +}, the conditional parts that show. In a
     * checklist flow the actions are grouped by time as the page groups them: {@code [now: a, b | today: c]}.
     */
    public String line() {
        String given = end.turns().stream()
                .map(t -> t.question().id() + "=" + (t.implied() ? "(" + t.option().id() + ")" : t.option().id()))
                .collect(Collectors.joining(" "));
        String actions = actions(advice().actions());
        String parts = advice().shownParts().isEmpty() ? "" : " + " + String.join(", ", advice().shownParts());
        return given + " -> " + outcome().id() + " [" + actions + "]" + parts;
    }

    private static String actions(List<ResolvedAction> actions) {
        StringBuilder line = new StringBuilder();
        Phase group = null;
        for (ResolvedAction action : actions) {
            Phase phase = action.phase();
            if (phase != null && (group == null || !group.id().equals(phase.id()))) {
                line.append(group == null ? "" : " | ").append(phase.id()).append(": ");
                group = phase;
            } else if (!line.isEmpty()) {
                line.append(", ");
            }
            line.append(action.id());
        }
        return line.toString();
    }
}
