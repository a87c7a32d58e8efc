package nl.signaalwijzer.flow;

/**
 * A day the user may type in on an outcome page ({@code dates:} of a flow), from which a {@link Deadline}
 * counts: "the day it was established". {@code label} is the question beside the date field.
 */
public record StartDay(String id, Text label) {
}
