package nl.signaalwijzer.flow;

/** One rule of an option's {@code next}: go {@code to} when {@code when} holds (the fallback always holds). */
public record Route(Condition when, String to, Location location) {
}
