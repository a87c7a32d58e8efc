package nl.signaalwijzer.dialogue;

import nl.signaalwijzer.flow.Option;
import nl.signaalwijzer.flow.Question;

/** A question that was asked and the option chosen: one line of the transcript. */
public record Turn(Question question, Option option) {
}
