package nl.signaalwijzer.web.routes;

import io.javalin.http.Context;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.flow.Organisation;
import nl.signaalwijzer.organisation.Organisations;
import nl.signaalwijzer.organisation.ReservedWords;
import nl.signaalwijzer.organisation.Scope;
import nl.signaalwijzer.web.http.HttpError;
import org.jspecify.annotations.Nullable;

/**
 * Which organisation or location a request is for (contract v1.3): from its path, {@code /o/{organisation}} or
 * {@code /o/{organisation}/{location}}; else from its host name, where an organisation or location names it
 * ({@code hosts:}); else the default organisation. The path wins over the host name. Never from a cookie or anything
 * the browser keeps: the address alone decides, so a shared phone or kiosk carries nothing from one person to the next.
 *
 * <p>Each scope's flows ({@link FlowCatalog#forOrganisation}) are made at its first request and kept until the
 * flows or the organisations are reloaded; both are swapped whole, so a request sees one version of each.
 */
public final class Scopes {
    /** The prefixes every route is also served under, in the order their routes must be added (see {@code WebServer}). */
    public static final String ORGANISATION_PREFIX = "/o/{organisation}";
    public static final String LOCATION_PREFIX = "/o/{organisation}/{location}";
    private static final String ATTRIBUTE = "signaalwijzer.scope";
    /** Keys the scopes chosen by host name apart from those by path (an id never holds a colon). */
    private static final String HOST_ROOT = "host:";

    private record Generation(FlowCatalog flows, Organisations organisations, Map<String, RequestScope> scopes) {
    }

    private final Supplier<FlowCatalog> catalog;
    private final Supplier<Organisations> organisations;
    private final AtomicReference<@Nullable Generation> generation = new AtomicReference<>();

    /**
     * @param catalog       the flows in use now, with the default organisation
     * @param organisations the organisations folder in use now ({@code ORGANISATIONS_DIR})
     */
    public Scopes(Supplier<FlowCatalog> catalog, Supplier<Organisations> organisations) {
        this.catalog = catalog;
        this.organisations = organisations;
    }

    /** The scope of this request; a 404 {@code unknown-organisation} for an organisation or location we do not have. */
    public RequestScope of(Context ctx) {
        Object known = ctx.attribute(ATTRIBUTE);
        if (known instanceof RequestScope scope) {
            return scope;
        }
        RequestScope scope = find(ctx.path(), ctx.host()).orElseThrow(HttpError::unknownOrganisation);
        ctx.attribute(ATTRIBUTE, scope);
        return scope;
    }

    /** The scope for an error page: the one asked for where it exists, else the default (which names no organisation). */
    public RequestScope forErrorPage(Context ctx) {
        return find(ctx.path(), ctx.host()).orElseGet(this::defaultScope);
    }

    /** The organisation a request counted in the metrics was for: a known id, or "" (the default, or none we know). */
    public static String metricsLabel(Context ctx) {
        Object known = ctx.attribute(ATTRIBUTE);
        return known instanceof RequestScope scope && scope.organisationId() != null ? scope.organisationId() : "";
    }

    /** The default organisation: the flows as loaded. */
    public RequestScope defaultScope() {
        FlowCatalog flows = catalog.get();
        return new RequestScope("", null, flows, flows);
    }

    /** {@code /o/zorggroep/zuid/static/x.css} -> {@code /static/x.css}: the route's path inside its scope. */
    public static String unscoped(String path) {
        Prefix prefix = Prefix.of(path);
        return prefix == null ? path : prefix.length() == path.length() ? "/" : path.substring(prefix.length());
    }

    private Optional<RequestScope> find(String path, @Nullable String host) {
        Prefix prefix = Prefix.of(path);
        Generation current = current();
        if (prefix == null) {
            // a host name an organisation or location names: served at that host's root, so its addresses (a
            // redirect, an error page's links) stay in the form the user came with; the flows are the path's
            Optional<Scope> named = host == null ? Optional.empty() : current.organisations().scopeForHost(host);
            if (named.isEmpty()) {
                return Optional.of(defaultScope());
            }
            RequestScope byPath = current.scopes().computeIfAbsent(named.get().path(),
                    key -> scoped(current.flows(), named.get()));
            return Optional.of(current.scopes().computeIfAbsent(HOST_ROOT + named.get().path(),
                    key -> new RequestScope("", byPath.organisationId(), byPath.catalog(), byPath.flows())));
        }
        RequestScope scope = current.scopes().get(prefix.key());
        if (scope == null) {
            Optional<Scope> found = current.organisations().scope(prefix.organisation(), prefix.location());
            if (found.isEmpty()) {
                return Optional.empty();
            }
            scope = current.scopes().computeIfAbsent(prefix.key(), key -> scoped(current.flows(), found.get()));
        }
        return Optional.of(scope);
    }

    private static RequestScope scoped(FlowCatalog flows, Scope scope) {
        Organisation resolved = scope.organisation();
        Organisation organisation = new Organisation(resolved.name(), resolved.kiosk(), resolved.contacts(),
                scope.quickExitUrl());
        return new RequestScope("/o/" + scope.path(), scope.organisationId(), flows.forOrganisation(organisation), flows);
    }

    /** The scopes of the flows and organisations in use now; a reload of either starts anew. */
    private Generation current() {
        FlowCatalog flows = catalog.get();
        Organisations folder = organisations.get();
        Generation known = generation.get();
        if (known != null && known.flows() == flows && known.organisations() == folder) {
            return known;
        }
        Generation fresh = new Generation(flows, folder, new ConcurrentHashMap<>());
        generation.compareAndSet(known, fresh);
        return fresh;
    }

    /** The {@code /o/...} part of a path, read by segments; a location is the third segment unless a route's word. */
    private record Prefix(String organisation, @Nullable String location, int length) {
        static @Nullable Prefix of(String path) {
            if (!path.startsWith("/o/")) {
                return null;
            }
            int end = path.indexOf('/', 3);
            String organisation = path.substring(3, end < 0 ? path.length() : end);
            if (organisation.isEmpty()) {
                return null;
            }
            if (end < 0 || end == path.length() - 1) {
                return new Prefix(organisation, null, end < 0 ? path.length() : end);
            }
            int next = path.indexOf('/', end + 1);
            String second = path.substring(end + 1, next < 0 ? path.length() : next);
            if (ReservedWords.reserved(second)) {
                return new Prefix(organisation, null, end);
            }
            return new Prefix(organisation, second, next < 0 ? path.length() : next);
        }

        String key() {
            return location == null ? organisation : organisation + "/" + location;
        }
    }
}
