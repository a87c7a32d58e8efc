package nl.signaalwijzer.flow;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An action as an outcome lists it, or as a flow words it for its audience (then {@code when} is
 * always). {@code text}, {@code steps}, {@code contacts} and {@code ownAdvice} are null unless given here.
 */
public record ActionUse(String actionId, Condition when, @Nullable Text text, @Nullable List<ConditionalText> steps,
                        @Nullable List<String> contacts, @Nullable Text ownAdvice, Location location) {
}
