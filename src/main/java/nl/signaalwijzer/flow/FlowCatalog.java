package nl.signaalwijzer.flow;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

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

    /** The shared action with this id: one a flow names (the validator has checked each), so never absent. */
    public Action action(String id) {
        return known(actions.get(id), "action", id);
    }

    /** The contact with this id: one an action names (the validator has checked each), so never absent. */
    public Contact contact(String id) {
        return known(organisation.contacts().get(id), "contact", id);
    }

    private static <T> T known(@Nullable T found, String kind, String id) {
        if (found == null) {
            throw new IllegalArgumentException("no " + kind + " '" + id + "' in this catalog");
        }
        return found;
    }
}
