package nl.signaalwijzer.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.signaalwijzer.flow.Advice;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.Option;
import nl.signaalwijzer.flow.Outcome;
import nl.signaalwijzer.flow.ResolvedAction;

/** One complete path through a flow: the conversation at its outcome, after the answers given. */
public record FlowPath(Conversation end) {

    /**
     * Every path of a validated (acyclic) flow, in the order its options are written. Found by replaying
     * through the engine itself, so skip rules and conditional routes count exactly as they do for a user.
     */
    public static List<FlowPath> all(Flow flow) {
        List<FlowPath> paths = new ArrayList<>();
        walk(flow, new ArrayList<>(), paths);
        return paths;
    }

    private static void walk(Flow flow, List<Answer> answers, List<FlowPath> paths) {
        Conversation conversation;
        try {
            conversation = Dialogue.replay(flow, answers);
        } catch (AnswerMismatch impossible) {
            throw new IllegalStateException("an enumerated path does not fit its own flow", impossible);
        }
        if (conversation.finished()) {
            paths.add(new FlowPath(conversation));
            return;
        }
        for (Option option : conversation.question().options()) {
            answers.add(new Answer(conversation.question().id(), option.id()));
            walk(flow, answers, paths);
            answers.remove(answers.size() - 1);
        }
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
     * an implied answer in brackets; the action ids shown; after {@code +}, the conditional parts that show.
     */
    public String line() {
        String given = end.turns().stream()
                .map(t -> t.question().id() + "=" + (t.implied() ? "(" + t.option().id() + ")" : t.option().id()))
                .collect(Collectors.joining(" "));
        String actions = advice().actions().stream().map(ResolvedAction::id).collect(Collectors.joining(", "));
        String parts = advice().shownParts().isEmpty() ? "" : " + " + String.join(", ", advice().shownParts());
        return given + " -> " + outcome().id() + " [" + actions + "]" + parts;
    }
}
