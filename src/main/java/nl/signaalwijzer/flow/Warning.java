package nl.signaalwijzer.flow;

/**
 * Something in the flow files that works but is hard to read; printed as
 * {@code file:line:column: warning: message}. Warnings never stop the server.
 */
public record Warning(Location location, String message) implements Comparable<Warning> {

    @Override
    public String toString() {
        return location + ": warning: " + message;
    }

    @Override
    public int compareTo(Warning other) {
        return location.compareTo(other.location);
    }
}
