package nl.signaalwijzer.flow;

import java.util.List;

/**
 * An action as an outcome lists it. {@code text}, {@code steps} and {@code contacts} are null
 * unless this outcome replaces the action's own.
 */
public record ActionUse(String actionId, Text text, List<Text> steps, List<String> contacts, Location location) {
}
