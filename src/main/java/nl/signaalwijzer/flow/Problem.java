package nl.signaalwijzer.flow;

/**
 * One thing to fix in the flow files, printed as {@code file:line:column: message}. A problem stops
 * the server; a warning ({@code file:line:column: warning: message}) only says something works but is
 * hard to read or can never matter.
 */
public record Problem(Location location, String message, boolean warning) implements Comparable<Problem> {

    public Problem(Location location, String message) {
        this(location, message, false);
    }

    static Problem warning(Location location, String message) {
        return new Problem(location, message, true);
    }

    @Override
    public String toString() {
        return location + (warning ? ": warning: " : ": ") + message;
    }

    @Override
    public int compareTo(Problem other) {
        return location.compareTo(other.location);
    }
}
