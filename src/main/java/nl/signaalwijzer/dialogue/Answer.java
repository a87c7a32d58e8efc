package nl.signaalwijzer.dialogue;

/** One answer as it travels with a request: the question it answers and the chosen option. */
public record Answer(String question, String option) {
}
