package nl.signaalwijzer.organisation;

import com.github.benmanes.caffeine.cache.Interner;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import nl.signaalwijzer.flow.Contact;
import nl.signaalwijzer.flow.Location;
import nl.signaalwijzer.flow.Reading;
import nl.signaalwijzer.flow.Text;
import nl.signaalwijzer.flow.YamlMap;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads one file of the organisations folder strictly (unknown, duplicate and missing keys, ids, URLs), reporting
 * every problem it finds with its line and column and going on. What spans files (parents, national numbers,
 * the roles the flows name) is checked by {@link OrganisationsCheck}.
 */
final class OrganisationReader {
    private static final String[] CONTACT_FIELDS = {"id", "name", "phone", "hours", "url", "example"};
    private static final String[] LOCATION_CONTACT_FIELDS = {"id", "name", "phone", "hours", "url", "example", "remove"};

    /**
     * One object for equal names and hours, over every file and reload: 200 organisations write the same role
     * names and hours again and again, and each read Text is a map of its languages (about 1.6 MB for 200 x 5).
     * Weak: a text no organisation uses any more goes with the last one.
     */
    private static final Interner<Text> TEXTS = Interner.newWeakInterner();

    private final Reading reading;

    OrganisationReader(Reading reading) {
        this.reading = reading;
    }

    private static @Nullable Text shared(@Nullable Text text) {
        return text == null ? null : TEXTS.intern(text);
    }

    /** The national numbers: whole contacts, real ones (never an example). */
    Map<String, Contact> national(Node root) {
        Map<String, Contact> contacts = new LinkedHashMap<>();
        YamlMap.of(root, reading, reading.file(), "contacts").ifPresent(file -> {
            for (ContactEntry entry : file.list("contacts", node -> contact(node, true, false))) {
                Contact contact = entry.added();
                if (Boolean.TRUE.equals(entry.example())) {
                    reading.problem(entry.location(), "national contact '" + entry.id() + "' is marked example: true;"
                            + " a national number is real and checked (see shared/domain/contacts.md)");
                }
                if (contact != null) {
                    unique(contacts, entry.id(), contact, Contact::location, "contact");
                }
            }
        });
        return contacts;
    }

    /** One organisation: {@code id} is its file name without {@code .yaml}. Null when the file is not a mapping. */
    @Nullable OrganisationFile organisation(String id, Node root) {
        return YamlMap.of(root, reading, "organisation '" + id + "'",
                "name", "hours", "quick-exit-url", "hosts", "kiosk", "contacts", "locations").map(file -> {
                    Kiosk kiosk = kiosk(file, false);
                    ScopeEntry organisation = new ScopeEntry(id, null, shared(file.text("name")),
                            shared(file.optionalText("hours")), url(file), false, kiosk.idleSeconds(),
                            kiosk.countdownSeconds(), contacts(file, true), hosts(file), file.location());
                    Map<String, ScopeEntry> locations = new LinkedHashMap<>();
                    List<ScopeEntry> read = file.optionalList("locations", this::location);
                    for (ScopeEntry location : read == null ? List.<ScopeEntry>of() : read) {
                        unique(locations, location.id(), location, ScopeEntry::location, "location");
                    }
                    return new OrganisationFile(organisation, locations);
                }).orElse(null);
    }

    private @Nullable ScopeEntry location(Node node) {
        return YamlMap.of(node, reading, "a location",
                "id", "parent", "name", "hours", "quick-exit-url", "hosts", "kiosk", "contacts").map(map -> {
                    String id = map.string("id");
                    if (id == null) {
                        return null;
                    }
                    map.describe("location '" + id + "'");
                    checkId(id, Objects.requireNonNull(map.raw("id")), "location");
                    Kiosk kiosk = kiosk(map, true);
                    return new ScopeEntry(id, map.optionalString("parent"), shared(map.optionalText("name")),
                            shared(map.optionalText("hours")), url(map), kiosk.on(), kiosk.idleSeconds(),
                            kiosk.countdownSeconds(), contacts(map, false), hosts(map), map.location());
                }).orElse(null);
    }

    /** An id in a URL path: well formed, and not a word the server's routes use. */
    void checkId(String id, Node at, String kind) {
        checkId(id, reading.at(at), kind);
    }

    void checkId(String id, Location at, String kind) {
        if (!ReservedWords.wellFormed(id)) {
            reading.problem(at, kind + " id '" + id + "' must be lowercase letters and digits, words joined by"
                    + " single hyphens (it is part of the address: /o/organisation/location)");
        } else if (ReservedWords.reserved(id)) {
            reading.problem(at, kind + " id '" + id + "' is a word the server uses in its addresses ("
                    + String.join(", ", ReservedWords.PATH_SEGMENTS.stream().sorted().toList()) + "); choose another");
        }
    }

    /** {@code kiosk:} as written: whether it makes this a kiosk, and the timings it gives (null: inherited). */
    private record Kiosk(boolean on, @Nullable Integer idleSeconds, @Nullable Integer countdownSeconds) {
    }

    /**
     * An organisation's {@code kiosk:} holds the timings of its kiosk locations; a location's makes it a kiosk:
     * {@code kiosk: true}, or its own timings. Never {@code enabled}: a kiosk is a location of its own, so a
     * phone on the organisation's or a location's address never gets the idle wipe.
     */
    private Kiosk kiosk(YamlMap map, boolean location) {
        Node node = map.raw("kiosk");
        if (node == null || !map.has("kiosk")) {
            return new Kiosk(false, null, null);
        }
        if (location && node instanceof ScalarNode) {
            return new Kiosk(map.bool("kiosk", false), null, null);
        }
        return YamlMap.of(node, reading, "kiosk", "enabled", "idle-seconds", "countdown-seconds").map(timings -> {
            if (timings.has("enabled")) {
                reading.problem(Objects.requireNonNull(timings.raw("enabled")), "a kiosk is a location of its own,"
                        + " never switched on for " + (location ? "a location" : "an organisation") + " that phones use:"
                        + (location ? " 'kiosk: true' or the timings make this location one"
                                : " add a location with 'kiosk: true' (and 'parent:' the location it stands in)"));
            }
            return new Kiosk(location, seconds(timings, "idle-seconds"), seconds(timings, "countdown-seconds"));
        }).orElse(new Kiosk(false, null, null));
    }

    /** The kiosk timings, as today's organisation.yaml bounds them; null when not written here. */
    private static @Nullable Integer seconds(YamlMap map, String key) {
        if (!map.has(key)) {
            return null;
        }
        return key.equals("idle-seconds") ? map.integer(key, 120, 15, 3600) : map.integer(key, 20, 5, 120);
    }

    private @Nullable String url(YamlMap map) {
        String url = map.optionalString("quick-exit-url");
        if (url != null && !url.startsWith("https://")) {
            reading.problem(Objects.requireNonNull(map.raw("quick-exit-url")),
                    "quick-exit-url must be a neutral https:// address (it is where 'Snel weg' goes)");
            return null;
        }
        return url;
    }

    /** {@code hosts:} as written; a malformed name is a problem and left out (it could never match a request). */
    private List<HostName> hosts(YamlMap map) {
        List<HostName> hosts = map.optionalList("hosts", node -> {
            if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
                reading.problem(node, "each entry of 'hosts' must be one host name, e.g. meldpunt.zorggroep.nl");
                return null;
            }
            String why = HostName.whyMalformed(scalar.getValue());
            if (why != null) {
                reading.problem(node, why);
                return null;
            }
            return new HostName(scalar.getValue(), reading.at(node));
        });
        return hosts == null ? List.of() : hosts;
    }

    private List<ContactEntry> contacts(YamlMap map, boolean whole) {
        List<ContactEntry> read = map.optionalList("contacts", node -> contact(node, whole, !whole));
        Map<String, ContactEntry> byId = new LinkedHashMap<>();
        for (ContactEntry entry : read == null ? List.<ContactEntry>of() : read) {
            unique(byId, entry.id(), entry, ContactEntry::location, "contact");
        }
        return new ArrayList<>(byId.values());
    }

    /**
     * @param whole     an organisation's or a national contact: its name is required
     * @param removable a location's contact: may say {@code remove: true}, and nothing else then
     */
    @SuppressWarnings("NullAway") // a contact without a name is left out by ContactEntry.added (reported here)
    private @Nullable ContactEntry contact(Node node, boolean whole, boolean removable) {
        return YamlMap.of(node, reading, "a contact", removable ? LOCATION_CONTACT_FIELDS : CONTACT_FIELDS).map(map -> {
            String id = map.string("id");
            if (id == null) {
                return null;
            }
            map.describe("contact '" + id + "'");
            if (!ReservedWords.wellFormed(id)) {
                reading.problem(Objects.requireNonNull(map.raw("id")), "contact id '" + id
                        + "' must be lowercase letters and digits, words joined by single hyphens");
            }
            boolean remove = removable && map.bool("remove", false);
            if (remove && map.has("name") || remove && map.has("phone") || remove && map.has("hours")
                    || remove && map.has("url") || remove && map.has("example")) {
                reading.problem(map.location(), "contact '" + id + "' says remove: true and gives fields too;"
                        + " removing stands alone (give fields to change a contact, remove: true to drop it)");
            }
            return new ContactEntry(id, whole ? shared(map.text("name")) : shared(map.optionalText("name")),
                    map.optionalString("phone"), shared(map.optionalText("hours")), map.optionalString("url"),
                    map.has("example") ? Boolean.valueOf(map.bool("example", false)) : null, remove, map.location());
        }).orElse(null);
    }

    private <T> void unique(Map<String, T> into, String id, T item, Function<T, Location> where, String kind) {
        T first = into.putIfAbsent(id, item);
        if (first != null) {
            reading.problem(where.apply(item), "duplicate " + kind + " id '" + id + "' (first at line "
                    + where.apply(first).line() + ")");
        }
    }
}
