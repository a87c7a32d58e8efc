package nl.signaalwijzer.flow;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything loaded from a flows directory, validated as a whole. Immutable. */
public record FlowCatalog(
        Map<String, Flow> flows,
        Map<String, Action> actions,
        Organisation organisation,
        Glossary glossary) {

    public Optional<Flow> flow(String id) {
        return Optional.ofNullable(flows.get(id));
    }

    public Action action(String id) {
        return actions.get(id);
    }

    public Contact contact(String id) {
        return organisation.contacts().get(id);
    }

    /** The actions of an outcome, in order, with the outcome's own text, steps and contacts applied. */
    public List<ResolvedAction> actionsOf(Outcome outcome) {
        return outcome.actions().stream()
                .map(use -> ResolvedAction.of(use, actions.get(use.actionId()), organisation))
                .toList();
    }
}
