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
}
