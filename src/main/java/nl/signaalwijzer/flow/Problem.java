package nl.signaalwijzer.flow;

/** One thing wrong with the flow files, printed as {@code file:line:column: message}. */
public record Problem(Location location, String message) implements Comparable<Problem> {

    @Override
    public String toString() {
        return location + ": " + message;
    }

    @Override
    public int compareTo(Problem other) {
        return location.compareTo(other.location);
    }
}
