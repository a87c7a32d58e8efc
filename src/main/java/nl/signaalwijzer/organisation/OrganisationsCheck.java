package nl.signaalwijzer.organisation;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import nl.signaalwijzer.flow.Contact;
import nl.signaalwijzer.flow.Location;
import nl.signaalwijzer.flow.Problem;

/**
 * What spans entries of the organisations folder: parents, the national numbers, the roles the flows name,
 * locations that change nothing, and host names named twice. Runs over what could be read, so every problem is
 * reported in one lint.
 */
final class OrganisationsCheck {
    private final Organisations organisations;
    private final Set<String> rolesNamed;
    private final List<Problem> problems;
    private final List<Problem> warnings;

    /** @param rolesNamed every contact id the flows and shared actions name ({@code FlowCatalog.contactsNamed}) */
    OrganisationsCheck(Organisations organisations, Set<String> rolesNamed, List<Problem> problems, List<Problem> warnings) {
        this.organisations = organisations;
        this.rolesNamed = rolesNamed;
        this.problems = problems;
        this.warnings = warnings;
    }

    void check() {
        for (OrganisationFile file : organisations.files().values()) {
            ScopeEntry organisation = file.organisation();
            Scope scope = organisations.resolve(file, List.of(organisation));
            contacts(organisation, Map.of());
            rolesNamed.stream().filter(role -> !scope.organisation().contacts().containsKey(role)).forEach(role ->
                    problem(organisation.location(), "organisation '" + organisation.id() + "' has no contact '" + role
                            + "', which the flows name; add it (with example: true until it is filled in)"));
            file.locations().values().forEach(location -> location(file, location));
        }
        hosts();
    }

    /** A host names one scope: one named twice, anywhere in the folder, is a problem at both places. */
    private void hosts() {
        Map<String, HostName> first = new HashMap<>();
        for (OrganisationFile file : organisations.files().values()) {
            Stream.concat(Stream.of(file.organisation()), file.locations().values().stream())
                    .flatMap(entry -> entry.hosts().stream()).forEach(host -> {
                        HostName before = first.putIfAbsent(host.name(), host);
                        if (before != null) {
                            problem(before.location(), twice(host.name(), host.location()));
                            problem(host.location(), twice(host.name(), before.location()));
                        }
                    });
        }
    }

    private static String twice(String host, Location other) {
        return "host '" + host + "' is named twice, here and at " + other + "; a host name serves one organisation"
                + " or location";
    }

    private void location(OrganisationFile file, ScopeEntry location) {
        String what = "location '" + location.id() + "'";
        String parentId = location.parent();
        if (parentId != null) {
            ScopeEntry parent = file.locations().get(parentId);
            if (parent == null) {
                problem(location.location(), what + " names parent '" + parentId + "', which is not a location of"
                        + " organisation '" + file.organisation().id() + "' (its locations: "
                        + String.join(", ", file.locations().keySet()) + ")");
                return;
            }
            if (parent.kiosk()) {
                problem(location.location(), what + " names parent '" + parentId + "', which is a kiosk; a kiosk is"
                        + " never a parent, so a location that phones use can never become one");
            }
            if (inCircle(file, location)) {
                problem(location.location(), what + " inherits in a circle: its parents lead back to itself");
                return;
            }
        }
        List<ScopeEntry> chain = Organisations.chain(file, location.id());
        Scope inherited = organisations.resolve(file, chain.subList(0, chain.size() - 1));
        Scope own = organisations.resolve(file, chain);
        contacts(location, inherited.organisation().contacts());
        if (same(inherited, own)) {
            warnings.add(new Problem(location.location(), what + " changes nothing it inherits from "
                    + (parentId == null ? "its organisation" : "'" + parentId + "'")
                    + "; it would serve the same pages at an address of its own (give it its own name or contacts)",
                    true));
        }
    }

    private static boolean inCircle(OrganisationFile file, ScopeEntry location) {
        Set<String> seen = new HashSet<>();
        String at = location.parent();
        while (at != null && seen.add(at)) {
            if (at.equals(location.id())) {
                return true;
            }
            ScopeEntry entry = file.locations().get(at);
            at = entry == null ? null : entry.parent();
        }
        return false;
    }

    /** The contacts one entry writes, against what it inherits ({@code inherited}: empty for an organisation). */
    private void contacts(ScopeEntry entry, Map<String, Contact> inherited) {
        String where = inherited.isEmpty() ? "organisation '" + entry.id() + "'" : "location '" + entry.id() + "'";
        for (ContactEntry contact : entry.contacts()) {
            Contact nationalContact = organisations.national().get(contact.id());
            if (nationalContact != null) {
                problem(contact.location(), "contact '" + contact.id() + "' is a national number ("
                        + nationalContact.location() + "); an organisation or location cannot change or remove it."
                        + " Add a regional number under an id of its own");
            } else if (contact.remove()) {
                removal(contact, inherited, where);
            } else if (!inherited.containsKey(contact.id())) {
                added(contact, where);
            } else if (contact.phone() != null && contact.example() == null
                    && Objects.requireNonNull(inherited.get(contact.id())).example()) {
                warnings.add(new Problem(contact.location(), "contact '" + contact.id() + "' of " + where
                        + " gets its own phone but is still an example (inherited); say example: false once the"
                        + " number is real, or example: true if it is a placeholder too", true));
            }
        }
    }

    private void removal(ContactEntry contact, Map<String, Contact> inherited, String where) {
        if (!inherited.containsKey(contact.id())) {
            problem(contact.location(), where + " removes contact '" + contact.id() + "', which it does not inherit");
        } else if (rolesNamed.contains(contact.id())) {
            problem(contact.location(), where + " removes contact '" + contact.id() + "', which the flows name, so"
                    + " every organisation and location needs it; give this location's own details instead");
        }
    }

    private void added(ContactEntry contact, String where) {
        if (contact.name() == null) {
            problem(contact.location(), "contact '" + contact.id() + "' of " + where + " is new here (not inherited)"
                    + " and needs a 'name'");
        }
        if (!rolesNamed.contains(contact.id())) {
            warnings.add(new Problem(contact.location(), "contact '" + contact.id() + "' is not a role the flows name"
                    + " (actions.yaml, the flows), so no page shows it; the roles: " + String.join(", ", rolesNamed),
                    true));
        }
    }

    /** The same pages: name, hours, quick exit, kiosk, and each contact's fields (not where they were written). */
    private static boolean same(Scope a, Scope b) {
        return a.organisation().name().equals(b.organisation().name()) && Objects.equals(a.hours(), b.hours())
                && Objects.equals(a.quickExitUrl(), b.quickExitUrl())
                && a.organisation().kiosk().equals(b.organisation().kiosk())
                && fields(a.organisation().contacts()).equals(fields(b.organisation().contacts()));
    }

    private static List<List<Object>> fields(Map<String, Contact> contacts) {
        return contacts.values().stream().map(c -> java.util.Arrays.<Object>asList(c.id(), c.name(), c.phone(),
                c.hours(), c.url(), c.example())).toList();
    }

    private void problem(Location at, String message) {
        problems.add(new Problem(at, message));
    }
}
