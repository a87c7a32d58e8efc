package nl.signaalwijzer.organisation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.signaalwijzer.flow.Contact;
import nl.signaalwijzer.flow.Kiosk;
import nl.signaalwijzer.flow.Lang;
import nl.signaalwijzer.flow.Organisation;
import nl.signaalwijzer.flow.Text;
import org.jspecify.annotations.Nullable;

/**
 * The organisations of one folder and the national numbers they share, resolved per scope on request. Immutable.
 * A scope's contacts are its organisation's, each location down to it merged over them by id and field by field,
 * then the national numbers, which no organisation or location can change or remove (their entries are ignored
 * here as well as refused by lint, so a file that skipped lint cannot make one drift).
 */
public final class Organisations {
    private final Map<String, Contact> national;
    private final Map<String, OrganisationFile> files;
    /** Host name -> the entry that names it; the first in folder order if one is named twice (lint refuses that). */
    private final Map<String, HostTarget> hosts = new HashMap<>();

    private record HostTarget(String organisationId, @Nullable String locationId) {
    }

    Organisations(Map<String, Contact> national, Map<String, OrganisationFile> files) {
        this.national = Collections.unmodifiableMap(new LinkedHashMap<>(national));
        this.files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
        for (OrganisationFile file : this.files.values()) {
            String organisationId = file.organisation().id();
            file.organisation().hosts().forEach(host -> hosts.putIfAbsent(host.name(), new HostTarget(organisationId, null)));
            file.locations().values().forEach(location -> location.hosts().forEach(host ->
                    hosts.putIfAbsent(host.name(), new HostTarget(organisationId, location.id()))));
        }
    }

    /** No organisations folder: only the default organisation is served (the flows' {@code organisation.yaml}). */
    public static Organisations none() {
        return new Organisations(Map.of(), Map.of());
    }

    /** The organisation ids, by file name. */
    public Set<String> ids() {
        return files.keySet();
    }

    /** The location ids of an organisation, in file order (empty for an unknown one). */
    public List<String> locationIds(String organisationId) {
        OrganisationFile file = files.get(organisationId);
        return file == null ? List.of() : List.copyOf(file.locations().keySet());
    }

    /** The national numbers, in file order. */
    public Map<String, Contact> national() {
        return national;
    }

    /** The organisation ({@code locationId} null) or one of its locations; empty when either is unknown. */
    public Optional<Scope> scope(String organisationId, @Nullable String locationId) {
        OrganisationFile file = files.get(organisationId);
        if (file == null || locationId != null && !file.locations().containsKey(locationId)) {
            return Optional.empty();
        }
        return Optional.of(resolve(file, chain(file, locationId)));
    }

    /**
     * The scope a request's {@code Host} header names through {@code hosts:} (port and case ignored); empty when no
     * organisation or location names it. A path prefix {@code /o/...} wins over this (the caller decides that).
     */
    public Optional<Scope> scopeForHost(String hostHeader) {
        HostTarget target = hosts.get(HostName.ofHeader(hostHeader));
        return target == null ? Optional.empty() : scope(target.organisationId(), target.locationId());
    }

    /** Every scope: each organisation, then its locations in file order. */
    public List<Scope> scopes() {
        List<Scope> scopes = new ArrayList<>();
        for (OrganisationFile file : files.values()) {
            scopes.add(resolve(file, chain(file, null)));
            file.locations().keySet().forEach(location -> scopes.add(resolve(file, chain(file, location))));
        }
        return scopes;
    }

    Map<String, OrganisationFile> files() {
        return files;
    }

    /** The entries from the organisation down to {@code locationId}; a broken chain (lint says so) stops where it breaks. */
    static List<ScopeEntry> chain(OrganisationFile file, @Nullable String locationId) {
        List<ScopeEntry> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String at = locationId;
        while (at != null && seen.add(at)) {
            ScopeEntry entry = file.locations().get(at);
            if (entry == null) {
                break;
            }
            chain.add(0, entry);
            at = entry.parent();
        }
        chain.add(0, file.organisation());
        return chain;
    }

    /** The scope the entries of {@code chain} (organisation first) describe together. */
    Scope resolve(OrganisationFile file, List<ScopeEntry> chain) {
        Map<String, Contact> contacts = new LinkedHashMap<>();
        Text name = null;
        Text hours = null;
        String quickExitUrl = null;
        Integer idle = null;
        Integer countdown = null;
        for (ScopeEntry entry : chain) {
            name = entry.name() != null ? entry.name() : name;
            hours = entry.hours() != null ? entry.hours() : hours;
            quickExitUrl = entry.quickExitUrl() != null ? entry.quickExitUrl() : quickExitUrl;
            idle = entry.idleSeconds() != null ? entry.idleSeconds() : idle;
            countdown = entry.countdownSeconds() != null ? entry.countdownSeconds() : countdown;
            entry.contacts().stream().filter(c -> !national.containsKey(c.id())).forEach(c -> merge(contacts, c));
        }
        contacts.putAll(national);
        ScopeEntry last = chain.get(chain.size() - 1);
        // only the last entry can be a kiosk: a kiosk is never a parent (lint), and an organisation never one
        Kiosk kiosk = new Kiosk(chain.size() > 1 && last.kiosk(), idle != null ? idle : Kiosk.OFF.idleSeconds(),
                countdown != null ? countdown : Kiosk.OFF.countdownSeconds());
        String organisationId = file.organisation().id();
        Text shownName = name != null ? name : new Text(Map.of(Lang.NL.tag(), organisationId)); // unnamed: lint refuses it
        return new Scope(organisationId, chain.size() > 1 ? last.id() : null,
                new Organisation(shownName, kiosk, Collections.unmodifiableMap(contacts)), quickExitUrl, hours);
    }

    private static void merge(Map<String, Contact> contacts, ContactEntry entry) {
        if (entry.remove()) {
            contacts.remove(entry.id());
            return;
        }
        Contact inherited = contacts.get(entry.id());
        Contact merged = inherited != null ? entry.over(inherited) : entry.added();
        if (merged != null) {
            contacts.put(entry.id(), merged);
        }
    }
}
