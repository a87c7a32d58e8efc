package nl.signaalwijzer.flow;

/** Where an outcome's advice comes from, e.g. "Leidraad Veilige zorgrelatie" / "Stap 2, p. 219". */
public record Source(String title, String ref) {
}
