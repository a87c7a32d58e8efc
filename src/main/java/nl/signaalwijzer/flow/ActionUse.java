package nl.signaalwijzer.flow;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An action as an outcome lists it, or as a flow words it for its audience (then {@code when} is
 * always). {@code text}, {@code steps}, {@code contacts} and {@code ownAdvice} are null unless given here.
 * {@code replacesSteps}: the steps were written as {@code replace-steps:} and take the place of the steps
 * the action has so far; otherwise ({@code steps:}) they come after them. {@code icon}: the pictogram a flow's
 * wording gives the action (an outcome's use has none: one action keeps one pictogram throughout a flow).
 * {@code phase} (a {@link Phases} id), {@code who} (who usually does it) and {@code deadlines} (the rules, first
 * that holds) belong to a checklist outcome; null unless given here.
 */
public record ActionUse(String actionId, Condition when, @Nullable Text text, @Nullable List<ConditionalText> steps,
                        boolean replacesSteps, @Nullable List<String> contacts, @Nullable Text ownAdvice,
                        @Nullable String icon, @Nullable String phase, @Nullable Text who,
                        @Nullable List<Deadline> deadlines, Location location) {

    /** The steps shown with this use: {@code before} (the action's steps so far) and this use's own, or only its own. */
    List<ConditionalText> stepsAfter(List<ConditionalText> before) {
        if (steps == null) {
            return before;
        }
        if (replacesSteps) {
            return steps;
        }
        List<ConditionalText> all = new ArrayList<>(before);
        all.addAll(steps);
        return List.copyOf(all);
    }
}
