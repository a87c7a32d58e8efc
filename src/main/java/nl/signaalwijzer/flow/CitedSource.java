package nl.signaalwijzer.flow;

/**
 * A source as an outcome shows it: a real source (the same text in both languages: Dutch document
 * names), or, with {@code ownAdvice}, a line saying which advice is Signaalwijzer's own.
 */
public record CitedSource(Text title, Text ref, boolean ownAdvice) {
    static final Text OWN_ADVICE = new Text("Signaalwijzer — eigen advies, niet uit de bronnen",
            "Signaalwijzer — our own advice, not from the sources");

    static CitedSource of(Source source) {
        return new CitedSource(new Text(source.title(), source.title()), new Text(source.ref(), source.ref()), false);
    }

    static CitedSource ownAdvice(Text line) {
        return new CitedSource(OWN_ADVICE, line, true);
    }
}
