package nl.signaalwijzer.flow;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A building block of advice, defined once in actions.yaml and used by id in outcomes; {@code ownAdvice} may be null. */
public record Action(
        String id,
        Text title,
        Text text,
        List<ConditionalText> steps,
        boolean urgent,
        List<String> contacts,
        @Nullable Text ownAdvice,
        Location location) {
}
