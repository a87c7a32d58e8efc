package nl.signaalwijzer.flow;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A user-facing text: its words per language tag, in the order written. Which languages a text must have
 * is checked where it is read ({@link LanguageCheck}: every language its flow offers), so a page never
 * shows a text in a language it was not written in.
 */
public record Text(Map<String, String> words) {

    public Text {
        if (!words.containsKey(Lang.NL.tag())) {
            throw new IllegalArgumentException("every text has Dutch, the default language: " + words);
        }
        words = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(words));
    }

    /** A text in Dutch and English: the two languages every flow offers unless it says otherwise. */
    public Text(String nl, String en) {
        this(twoLanguages(nl, en));
    }

    private static Map<String, String> twoLanguages(String nl, String en) {
        Map<String, String> words = new LinkedHashMap<>();
        words.put(Lang.NL.tag(), nl);
        words.put(Lang.EN.tag(), en);
        return words;
    }

    /**
     * The words in {@code lang}. Flow texts and page words are checked to have every language they are
     * shown in; only a message written in code (an HTTP error) can lack one, and then it is shown in Dutch,
     * the default every reader of a Dutch care organisation's pages can ask help with.
     */
    public String in(Lang lang) {
        String found = words.get(lang.tag());
        return found != null ? found : nl();
    }

    public boolean has(Lang lang) {
        return words.containsKey(lang.tag());
    }

    /** The languages this text is written in. */
    public Set<String> tags() {
        return words.keySet();
    }

    public String nl() {
        return java.util.Objects.requireNonNull(words.get(Lang.NL.tag()), "checked when made");
    }

    /** The English words (a text without them gives the Dutch ones; see {@link #in}). */
    public String en() {
        return in(Lang.EN);
    }

    /** The texts as one, joined by {@code separator} in every language they all have. */
    public static Text join(List<Text> texts, String separator) {
        Set<String> tags = new LinkedHashSet<>(texts.get(0).tags());
        texts.forEach(text -> tags.retainAll(text.tags()));
        Map<String, String> words = new LinkedHashMap<>();
        for (String tag : tags) {
            words.put(tag, texts.stream().map(text -> text.words().get(tag)).collect(Collectors.joining(separator)));
        }
        return new Text(words);
    }

    /** Paragraphs as one text, separated by a blank line (the API's form); empty for none. */
    public static Optional<Text> paragraphs(List<Text> paragraphs) {
        return paragraphs.isEmpty() ? Optional.empty() : Optional.of(join(paragraphs, "\n\n"));
    }
}
