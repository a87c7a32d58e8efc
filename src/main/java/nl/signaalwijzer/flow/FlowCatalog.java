package nl.signaalwijzer.flow;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything loaded from a flows directory, validated as a whole, with the warnings ({@code lint})
 * found while loading: readability, and conditions that never or always hold; with the languages configured
 * and the page words in each. Immutable.
 */
public record FlowCatalog(
        Map<String, Flow> flows,
        Map<String, Action> actions,
        Organisation organisation,
        Glossary glossary,
        Languages languages,
        PageWords words,
        List<Problem> warnings) {

    /** The language a page asked in {@code asked} is shown in: that one if configured, otherwise Dutch. */
    public Lang pageLanguage(Lang asked) {
        return languages.configured(asked) ? asked : Lang.NL;
    }

    /**
     * The language {@code flow} is shown in when {@code asked} is wanted: that one if the flow offers it,
     * otherwise the one that language names for this ({@code otherwise}), otherwise Dutch, which every flow has.
     */
    public Lang languageOf(Flow flow, Lang asked) {
        if (flow.offers(asked)) {
            return asked;
        }
        Lang otherwise = languages.of(asked).otherwise();
        return flow.offers(otherwise) ? otherwise : Lang.NL;
    }

    public Optional<Flow> flow(String id) {
        return Optional.ofNullable(flows.get(id));
    }

    /** The shared action with this id: one a flow names (the validator has checked each), so never absent. */
    public Action action(String id) {
        return known(actions.get(id), "action", id);
    }

    /**
     * Every contact id an action or a flow names: the roles each organisation must have (a page shows them), and
     * the only ones a page can show, so an organisation's contact outside this set is never seen.
     */
    public java.util.Set<String> contactsNamed() {
        java.util.Set<String> named = new java.util.TreeSet<>();
        actions.values().forEach(action -> named.addAll(action.contacts()));
        flows.values().forEach(flow -> named.addAll(flow.contactsNamed()));
        return java.util.Collections.unmodifiableSet(named);
    }

    /**
     * These flows as one organisation or location shows them: its contacts, name and settings; the flows, actions,
     * glossary and languages shared, nothing read or checked again (cheap: a few objects per flow).
     *
     * @param other one that has every contact {@link #contactsNamed()} lists (the organisations' lint checks it)
     */
    public FlowCatalog forOrganisation(Organisation other) {
        Set<String> missing = new java.util.TreeSet<>(contactsNamed());
        missing.removeAll(other.contacts().keySet());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("the organisation lacks the contacts " + missing);
        }
        Map<String, Flow> scoped = new java.util.LinkedHashMap<>();
        flows.forEach((id, flow) -> scoped.put(id, flow.forOrganisation(other)));
        return new FlowCatalog(java.util.Collections.unmodifiableMap(scoped), actions, other, glossary, languages, words,
                warnings);
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
