package nl.signaalwijzer.organisation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import nl.signaalwijzer.flow.Action;
import nl.signaalwijzer.flow.ActionUse;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.flow.Lang;
import nl.signaalwijzer.flow.Location;
import nl.signaalwijzer.flow.Problem;
import nl.signaalwijzer.flow.Text;
import org.jspecify.annotations.Nullable;

/**
 * Texts of the organisations folder that lack a language a page showing them is in, as the flows' own
 * LanguageCheck does for {@code organisation.yaml}: a contact's name and hours in every language of every flow
 * that names it (itself or through a shared action), an organisation's or location's name and hours in every
 * language any flow offers. Warnings, not problems: such a page shows the Dutch words, and a reload never waits
 * for a translation. Reported where the text is written (the entry's line), once per text and language.
 */
final class LanguageGaps {
    /** Per contact id: each language a page showing it is in, with the flows whose pages those are. */
    private final Map<String, Map<Lang, Set<String>>> byContact = new TreeMap<>();
    /** The same for what every page shows (an organisation's or location's name and hours). */
    private final Map<Lang, Set<String>> everyPage = new LinkedHashMap<>();
    private final List<Problem> warnings = new ArrayList<>();

    private LanguageGaps(FlowCatalog flows) {
        for (Flow flow : flows.flows().values()) {
            shownIn(everyPage, flow);
            contactsShown(flow, flows.actions()).forEach(contact ->
                    shownIn(byContact.computeIfAbsent(contact, c -> new LinkedHashMap<>()), flow));
        }
    }

    private static void shownIn(Map<Lang, Set<String>> languages, Flow flow) {
        flow.languages().forEach(lang -> languages.computeIfAbsent(lang, l -> new TreeSet<>()).add(flow.id()));
    }

    static List<Problem> of(Organisations organisations, FlowCatalog flows) {
        LanguageGaps gaps = new LanguageGaps(flows);
        organisations.national().values().forEach(contact ->
                gaps.contact(contact.id(), contact.name(), contact.hours(), contact.location()));
        for (OrganisationFile file : organisations.files().values()) {
            gaps.entry(file.organisation(), "organisation");
            file.locations().values().forEach(location -> gaps.entry(location, "location"));
        }
        return gaps.warnings.stream().sorted().toList();
    }

    /** The contacts a flow's pages can show: named in its outcomes and wording, or by the shared actions it uses. */
    private static Set<String> contactsShown(Flow flow, Map<String, Action> actions) {
        Set<String> shown = new LinkedHashSet<>(flow.contactsNamed());
        Set<String> used = new LinkedHashSet<>();
        flow.outcomes().forEach(outcome -> outcome.actions().stream().map(ActionUse::actionId).forEach(used::add));
        flow.questions().forEach(question -> question.options().forEach(option -> used.addAll(option.urgent())));
        used.stream().map(actions::get).filter(Objects::nonNull).forEach(action -> shown.addAll(action.contacts()));
        return shown;
    }

    private void entry(ScopeEntry entry, String kind) {
        text(entry.name(), "the name of " + kind + " '" + entry.id() + "'", everyPage, entry.location());
        text(entry.hours(), "the hours of " + kind + " '" + entry.id() + "'", everyPage, entry.location());
        entry.contacts().forEach(contact -> contact(contact.id(), contact.name(), contact.hours(), contact.location()));
    }

    private void contact(String id, @Nullable Text name, @Nullable Text hours, Location at) {
        Map<Lang, Set<String>> shownIn = byContact.getOrDefault(id, Map.of());
        text(name, "the name of contact '" + id + "'", shownIn, at);
        text(hours, "the hours of contact '" + id + "'", shownIn, at);
    }

    private void text(@Nullable Text text, String what, Map<Lang, Set<String>> shownIn, Location at) {
        if (text == null) {
            return; // not written here: inherited, and checked where it is written
        }
        shownIn.forEach((lang, flowIds) -> {
            if (!text.has(lang)) {
                warnings.add(new Problem(at, what + " has no '" + lang + "' version, which the pages of flow "
                        + String.join(", ", flowIds) + " showing it are in; they show the Dutch words", true));
            }
        });
    }
}
