package nl.signaalwijzer.flow;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Finding a listed term in Dutch text, in any of its written forms: the one home for both readability checks. */
final class DutchWords {
    private static final List<String> PLURAL_ENDINGS = List.of("", "s", "en", "sen", "'s", "e");
    private static final Pattern LONG_VOWEL = Pattern.compile("(.*)(aa|ee|oo|uu)(\\p{L})");

    private DutchWords() {
    }

    /**
     * Every written form of each term (itself and its plurals) -> the term: "aandachtsfunctionaris(sen)",
     * "vertrouwenspersoon" -> "vertrouwenspersonen" (a long vowel halves).
     */
    static Map<String, String> forms(List<String> terms) {
        Map<String, String> forms = new HashMap<>();
        for (String term : terms) {
            PLURAL_ENDINGS.forEach(ending -> forms.put(term + ending, term));
            var matcher = LONG_VOWEL.matcher(term);
            if (matcher.matches()) {
                forms.put(matcher.group(1) + matcher.group(2).charAt(0) + matcher.group(3) + "en", term);
            }
        }
        return Map.copyOf(forms);
    }

    /** The term that starts at word {@code i} (a term may be two words), or null. */
    static @Nullable String termAt(Map<String, String> forms, List<String> words, int i) {
        String one = bare(words.get(i));
        String term = forms.get(one);
        if (term == null && i + 1 < words.size()) {
            term = forms.get(one + " " + bare(words.get(i + 1)));
        }
        return term;
    }

    /** A word without the punctuation around it, in lower case. */
    static String bare(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}']+$", "").replaceAll("'$", "");
    }
}
