package nl.signaalwijzer.flow;

import java.util.List;

/**
 * An action as an outcome lists it, or as a flow words it for its audience (then {@code when} is
 * always). {@code text}, {@code steps}, {@code contacts} and {@code ownAdvice} are null unless given here.
 */
public record ActionUse(String actionId, Condition when, Text text, List<ConditionalText> steps,
                        List<String> contacts, Text ownAdvice, Location location) {
}
