package nl.signaalwijzer.flow;

import java.util.List;

/** A building block of advice, defined once in actions.yaml and used by id in outcomes; {@code ownAdvice} may be null. */
public record Action(
        String id,
        Text title,
        Text text,
        List<ConditionalText> steps,
        boolean urgent,
        List<String> contacts,
        Text ownAdvice,
        Location location) {
}
