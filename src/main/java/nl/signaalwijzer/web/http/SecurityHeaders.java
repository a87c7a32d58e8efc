package nl.signaalwijzer.web.http;

import io.javalin.http.Context;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Headers on every response: leave no trace, load nothing from elsewhere, never be framed or indexed. */
public final class SecurityHeaders {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; "
            + "object-src 'none'";

    /** Name to value, in a fixed order; also used by {@code FallbackErrorPage} outside Javalin. */
    public static final Map<String, String> ALL;

    static {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", CSP);
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
                + "interest-cohort=(), browsing-topics=()");
        headers.put("Cross-Origin-Opener-Policy", "same-origin");
        headers.put("Cross-Origin-Resource-Policy", "same-origin");
        headers.put("X-Robots-Tag", "noindex, nofollow");
        // Static files replace this with their own caching; every page keeps it, so "back" refetches.
        headers.put("Cache-Control", "no-store");
        ALL = Collections.unmodifiableMap(headers);
    }

    private SecurityHeaders() {
    }

    public static void apply(Context ctx) {
        ALL.forEach(ctx::header);
    }
}
