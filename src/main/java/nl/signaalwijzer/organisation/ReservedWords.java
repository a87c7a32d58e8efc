package nl.signaalwijzer.organisation;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one list of words the server uses as a path's first segment (contract v1.3): never an organisation or
 * location id, so {@code /o/{organisation}/{location}} can never be mistaken for a route of the server. A test
 * holds it against the routes' own constants; the routes are to use it once scopes are wired.
 */
public final class ReservedWords {
    /** Lowercase letters and digits, words joined by single hyphens: safe in a URL as it is, one way to write it. */
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /**
     * {@code o} is the scope prefix; {@code api}, {@code static}, {@code health}, {@code metrics}, {@code gesprek},
     * {@code privacy}, {@code snel-weg} and {@code flows} are the first segments of today's routes
     * (WebServer: the API, assets, probes, metrics, the conversation, the safety pages, the flow diagrams).
     */
    public static final Set<String> PATH_SEGMENTS = Set.of(
            "o", "api", "static", "health", "metrics", "gesprek", "privacy", "snel-weg", "flows");

    private ReservedWords() {
    }

    /** Whether {@code id} is written as an id must be (it may still be reserved). */
    public static boolean wellFormed(String id) {
        return ID.matcher(id).matches();
    }

    public static boolean reserved(String id) {
        return PATH_SEGMENTS.contains(id);
    }
}
