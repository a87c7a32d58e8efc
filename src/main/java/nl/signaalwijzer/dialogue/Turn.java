package nl.signaalwijzer.dialogue;

import nl.signaalwijzer.flow.Option;
import nl.signaalwijzer.flow.Question;

/**
 * A question and the option taken: one line of the transcript, or, when {@code implied}, an answer a
 * skip rule took without asking (it counts for the rules, but the user never saw the question).
 */
public record Turn(Question question, Option option, boolean implied) {
}
