package nl.signaalwijzer.flow;

/** One answer to a question, and the node it leads to. */
public record Option(String id, Text label, String next, Location location) {
}
