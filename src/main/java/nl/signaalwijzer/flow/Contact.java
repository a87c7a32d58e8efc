package nl.signaalwijzer.flow;

/**
 * Someone to turn to. {@code phone}, {@code hours} and {@code url} may be null; {@code example}
 * marks a placeholder the organisation still has to fill in.
 */
public record Contact(String id, Text name, String phone, Text hours, String url, boolean example, Location location) {
}
