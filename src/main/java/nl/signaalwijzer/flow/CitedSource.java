package nl.signaalwijzer.flow;

import org.jspecify.annotations.Nullable;

/**
 * A source as an outcome shows it: a real source (the same text in both languages: Dutch document
 * names), or, with {@code ownAdvice}, a line saying which advice is Signaalwijzer's own.
 */
public record CitedSource(Text title, Text ref, boolean ownAdvice) {
    static final Text OWN_ADVICE = new Text("Signaalwijzer — eigen advies, niet uit de bronnen",
            "Signaalwijzer — our own advice, not from the sources");

    /** @param gloss the English gloss of the Dutch title, shown after it on English pages; null: none */
    static CitedSource of(Source source, @Nullable String gloss) {
        String en = gloss == null ? source.title() : source.title() + " (" + gloss + ")";
        return new CitedSource(new Text(source.title(), en), new Text(source.ref(), source.ref()), false);
    }

    static CitedSource ownAdvice(Text line) {
        return new CitedSource(OWN_ADVICE, line, true);
    }
}
