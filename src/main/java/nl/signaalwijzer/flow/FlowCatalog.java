package nl.signaalwijzer.flow;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything loaded from a flows directory, validated as a whole, with the warnings ({@code lint})
 * found while loading: readability, and conditions that never or always hold. Immutable.
 */
public record FlowCatalog(
        Map<String, Flow> flows,
        Map<String, Action> actions,
        Organisation organisation,
        Glossary glossary,
        List<Problem> warnings) {

    public Optional<Flow> flow(String id) {
        return Optional.ofNullable(flows.get(id));
    }

    public Action action(String id) {
        return actions.get(id);
    }

    public Contact contact(String id) {
        return organisation.contacts().get(id);
    }

    /** Every action an outcome lists (whatever the path), in the wording of the flow it belongs to. */
    public List<ResolvedAction> actionsOf(Outcome outcome) {
        for (Flow flow : flows.values()) {
            if (flow.node(outcome.id()).orElse(null) == outcome) {
                return flow.actionsListedBy(outcome);
            }
        }
        throw new IllegalArgumentException("outcome '" + outcome.id() + "' is not in this catalog");
    }
}
