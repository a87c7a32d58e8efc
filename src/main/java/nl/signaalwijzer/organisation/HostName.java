package nl.signaalwijzer.organisation;

import java.util.Locale;
import java.util.regex.Pattern;
import nl.signaalwijzer.flow.Location;
import org.jspecify.annotations.Nullable;

/**
 * A host name an organisation or location is served at ({@code hosts:}), as written: lowercase, no port, no
 * scheme, so that one way of writing it matches the request's {@code Host} header after {@link #ofHeader}.
 */
record HostName(String name, Location location) {
    /** DNS labels of letters, digits and inner hyphens, joined by dots (RFC 1123); IDNs as their xn-- form. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*");
    private static final int MAX_LENGTH = 253;

    /** Why {@code written} is no host name as this file wants it; null when it is one. */
    static @Nullable String whyMalformed(String written) {
        if (NAME.matcher(written).matches() && written.length() <= MAX_LENGTH) {
            return null;
        }
        String hint;
        if (written.contains("/")) {
            hint = "the host name alone, without https:// or a path";
        } else if (written.contains(":")) {
            hint = "the host name alone, without a port";
        } else if (!written.equals(written.toLowerCase(Locale.ROOT))) {
            hint = "write it in lowercase";
        } else {
            hint = "letters a-z, digits and hyphens, parts joined by dots (an international name in its xn-- form)";
        }
        return "host '" + written + "' is not a host name: " + hint + ", e.g. meldpunt.zorggroep.nl";
    }

    /**
     * The host a request's {@code Host} header names, in the form {@code hosts:} writes: lowercase, without the port
     * and a final dot. An IPv6 literal ({@code [::1]:8080}) is returned whole; no {@code hosts:} entry can match it.
     */
    static String ofHeader(String header) {
        String host = header.strip().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            return host;
        }
        int colon = host.lastIndexOf(':');
        if (colon >= 0) {
            host = host.substring(0, colon);
        }
        return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
    }
}
