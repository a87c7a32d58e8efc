package nl.signaalwijzer.flow;

/** Where an outcome's advice comes from, e.g. "Leidraad Veilige zorgrelatie" / "Stap 2, p. 219"; shown where {@code when} holds. */
public record Source(String title, String ref, Condition when, Location location) {
}
