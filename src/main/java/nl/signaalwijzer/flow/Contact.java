package nl.signaalwijzer.flow;

import org.jspecify.annotations.Nullable;

/**
 * Someone to turn to. {@code phone}, {@code hours} and {@code url} may be null; {@code example}
 * marks a placeholder the organisation still has to fill in.
 */
public record Contact(String id, Text name, @Nullable String phone, @Nullable Text hours, @Nullable String url, boolean example,
                      Location location) {
}
