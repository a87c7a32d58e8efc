package nl.signaalwijzer.flow;

import org.jspecify.annotations.Nullable;

/**
 * A paragraph of an outcome, or a step of an action: shown only where {@code when} holds.
 * {@code ownAdvice} (may be null) says what this part is where the sources are silent; it is listed
 * with the outcome's sources whenever the part shows.
 */
public record ConditionalText(Condition when, Text text, @Nullable Text ownAdvice, @Nullable Location location) {

    static ConditionalText always(Text text) {
        return new ConditionalText(Condition.ALWAYS, text, null, null);
    }
}
