package nl.signaalwijzer.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Splits a Dutch text into sentences, as lists of words. A sentence ends at '.', '?' or '!' followed by
 * a space or the end, or at a blank line; a period after a common abbreviation ("bijv.", "p. 219") or
 * before a lowercase word or a number does not end a sentence.
 */
final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "bijv.", "bv.", "b.v.", "o.a.", "d.w.z.", "dwz.", "enz.", "etc.", "p.", "pag.", "blz.", "nr.", "art.",
            "incl.", "excl.", "evt.", "ca.", "m.b.t.", "t.a.v.", "i.p.v.", "z.s.m.", "e.d.", "vs.", "dhr.", "mevr.",
            "mr.", "dr.", "zgn.", "jl.", "mw.", "i.v.m.", "a.u.b.", "e.g.", "i.e.", "n.a.v.", "t/m.", "max.", "min.");

    /** One sentence: its words, and the index of its first word among all words of the text. */
    record Sentence(List<String> words, int firstWord) {
    }

    private SentenceSplitter() {
    }

    static List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        List<String> current = new ArrayList<>();
        int wordIndex = 0;
        int first = 0;
        String[] paragraphs = text.split("\\n\\s*\\n", -1);
        for (String paragraph : paragraphs) {
            String[] words = paragraph.strip().isEmpty() ? new String[0] : paragraph.strip().split("\\s+");
            for (int i = 0; i < words.length; i++) {
                if (current.isEmpty()) {
                    first = wordIndex;
                }
                current.add(words[i]);
                wordIndex++;
                String next = i + 1 < words.length ? words[i + 1] : null;
                if (endsSentence(words[i], next)) {
                    sentences.add(new Sentence(List.copyOf(current), first));
                    current.clear();
                }
            }
            if (!current.isEmpty()) {
                sentences.add(new Sentence(List.copyOf(current), first));
                current.clear();
            }
        }
        return sentences;
    }

    private static boolean endsSentence(String word, @Nullable String next) {
        String bare = word.replaceAll("[\"')\\]»”’]+$", "");
        if (bare.isEmpty()) {
            return false;
        }
        char last = bare.charAt(bare.length() - 1);
        if (last == '?' || last == '!') {
            return true;
        }
        if (last != '.' || bare.endsWith("...")) {
            return false;
        }
        String lower = bare.replaceAll("^[\"'(\\[«“‘]+", "").toLowerCase(Locale.ROOT);
        if (ABBREVIATIONS.contains(lower) || lower.matches("\\p{L}\\.")) {
            return false;
        }
        return next == null || !(Character.isLowerCase(next.charAt(0)) || Character.isDigit(next.charAt(0)));
    }

    /** Words that count: those with a letter or a digit (not a lone dash or bullet). */
    static long countWords(List<String> words) {
        return words.stream().filter(w -> w.codePoints().anyMatch(Character::isLetterOrDigit)).count();
    }
}
