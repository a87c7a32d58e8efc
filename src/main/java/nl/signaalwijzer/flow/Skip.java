package nl.signaalwijzer.flow;

/** A rule to leave a question out: when {@code when} holds, {@code answer} is taken without asking. */
public record Skip(Condition when, String answer, Location location) {
}
