package nl.signaalwijzer.flow;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a conversation through a flow stands after some answers: at a question the user is asked, or at
 * an outcome. Questions a skip rule answers are not states: they are steps on the way to one, as in the
 * engine. Found by {@link FlowWalk}, which is the one place that knows how to reach every state.
 */
public final class FlowState {

    /** One answer on the way: given by the user, or {@code implied} by a skip rule without asking. */
    public record Step(Question question, Option option, boolean implied) {
    }

    private final List<Step> steps;
    private final Node at;
    private final Map<String, String> given;

    FlowState(List<Step> steps, Node at) {
        this.steps = List.copyOf(steps);
        this.at = at;
        this.given = Collections.unmodifiableMap(given(steps));
    }

    static Map<String, String> given(List<Step> steps) {
        Map<String, String> given = new LinkedHashMap<>();
        steps.forEach(step -> given.put(step.question().id(), step.option().id()));
        return given;
    }

    /** Every answer on the way here, implied ones included, in order. */
    public List<Step> steps() {
        return steps;
    }

    /** The answers the user gives on the way here: what a form or the API sends (implied ones are not). */
    public List<Step> asked() {
        return steps.stream().filter(step -> !step.implied()).toList();
    }

    /** The question asked here, or the outcome reached. */
    public Node at() {
        return at;
    }

    public boolean finished() {
        return at instanceof Outcome;
    }

    /** Question id -> option id, implied answers included: what conditions are evaluated over. */
    public Map<String, String> given() {
        return given;
    }

    /** The urgent action ids the answers on the way raise, in order. */
    public List<String> raised() {
        return steps.stream().flatMap(step -> step.option().urgent().stream()).toList();
    }

    /**
     * True when the path came back to a question it already answered: only possible in a flow the
     * validator has not accepted (it reports the loop); the walk goes no further on such a path.
     */
    boolean loops() {
        return at instanceof Question && given.containsKey(at.id());
    }
}
