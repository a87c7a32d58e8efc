package nl.signaalwijzer.web.rendering;

import java.util.EnumMap;
import java.util.Map;
import java.util.HashMap;
import java.util.Objects;
import nl.signaalwijzer.flow.Lang;
import nl.signaalwijzer.flow.PageWords;

/**
 * The fixed words of the pages, per language, ready for a template ({@code {{ui.back}}}). The words
 * themselves are data: {@code src/main/resources/ui-text.yaml} (see {@link PageWords}).
 */
public final class UiText {
    private static final Map<Lang, Map<String, String>> BY_LANG = byLang();

    private static Map<Lang, Map<String, String>> byLang() {
        Map<Lang, Map<String, String>> byLang = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            Map<String, String> words = new HashMap<>();
            PageWords.bundled().forEach((key, text) -> words.put(key, text.in(lang)));
            byLang.put(lang, Map.copyOf(words));
        }
        return byLang;
    }

    /** All page words in one language. */
    public static Map<String, String> in(Lang lang) {
        return Objects.requireNonNull(BY_LANG.get(lang), "every language has its words");
    }

    /** One page word; a key that is not in {@code ui-text.yaml} is a mistake in the code, not an empty text. */
    static String word(Lang lang, String key) {
        String word = in(lang).get(key);
        if (word == null) {
            throw new IllegalArgumentException("no page word '" + key + "' in " + PageWords.FILE);
        }
        return word;
    }

    private UiText() {
    }
}
