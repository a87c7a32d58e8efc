package nl.signaalwijzer.flow;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An action as one page gives it: its wording resolved (outcome > flow > actions.yaml) and its steps for this
 * path; {@code icon}: the pictogram the flow gives it (its {@code actions:}), or null. In a flow whose outcomes are
 * checklists: {@code phase}, the time group it is under; {@code who}, who usually does it; {@code deadline}, the
 * rule that counts its last day on this path (null: none, or not a checklist).
 */
public record ResolvedAction(String id, Text title, Text text, List<Text> steps, boolean urgent, List<Contact> contacts,
                             @Nullable String icon, @Nullable Phase phase, @Nullable Text who,
                             @Nullable Deadline deadline) {
}
