package nl.signaalwijzer.flow;

import org.jspecify.annotations.Nullable;

/**
 * When an action must be done at the latest, counted from a {@link StartDay} the user may type in (day 0):
 * {@code count} working days after it, or {@code count} calendar days. Data only: the counting itself lives
 * in {@code nl.signaalwijzer.deadline}. Shown where {@code when} holds (the first rule that holds is taken);
 * {@code ownAdvice} marks the counting as our own reading of the sources where it is.
 */
public record Deadline(Condition when, String from, int count, boolean workingDays, @Nullable Text ownAdvice,
                       Location location) {
}
