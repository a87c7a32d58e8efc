package nl.signaalwijzer.dialogue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import nl.signaalwijzer.flow.ActionUse;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.Node;
import nl.signaalwijzer.flow.Option;
import nl.signaalwijzer.flow.Outcome;
import nl.signaalwijzer.flow.Question;

/** One complete path through a flow: the answers given and the outcome they lead to. */
public record FlowPath(List<Answer> answers, Outcome outcome) {

    /** Every path of a validated (acyclic) flow, in the order its options are written. */
    public static List<FlowPath> all(Flow flow) {
        List<FlowPath> paths = new ArrayList<>();
        walk(flow, flow.startQuestion(), new ArrayList<>(), paths);
        return paths;
    }

    private static void walk(Flow flow, Node node, List<Answer> answers, List<FlowPath> paths) {
        if (node instanceof Outcome outcome) {
            paths.add(new FlowPath(List.copyOf(answers), outcome));
            return;
        }
        Question question = (Question) node;
        for (Option option : question.options()) {
            answers.add(new Answer(question.id(), option.id()));
            walk(flow, flow.node(option.next()).orElseThrow(), answers, paths);
            answers.remove(answers.size() - 1);
        }
    }

    /** Stable, diff-friendly: {@code q1=a q2=b -> outcome-id [action-1, action-2]}. */
    public String line() {
        String given = answers.stream().map(a -> a.question() + "=" + a.option()).collect(Collectors.joining(" "));
        String actions = outcome.actions().stream().map(ActionUse::actionId).collect(Collectors.joining(", "));
        return given + " -> " + outcome.id() + " [" + actions + "]";
    }
}
