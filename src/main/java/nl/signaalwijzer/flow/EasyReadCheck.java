package nl.signaalwijzer.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The writing rules of Makkelijk lezen ({@code ../shared/domain/easy-read.md}), as errors with
 * {@code file:line:column}, for the texts of one language in the flow files. Its thresholds are fixed on
 * purpose: a reader with a mild intellectual disability does not read better because a file was made to
 * pass.
 *
 * <ul>
 *   <li>a sentence has at most {@value #MAX_WORDS} words, and all sentences together on average at most
 *       {@value #MAX_AVERAGE} (the client flow's plain Dutch averages 8.0, with a 95th percentile of 13);
 *   <li>every word of the hard-word list is replaced, or explained in easy words in the same sentence,
 *       after it: "de vertrouwenspersoon: iemand die naar je luistert"; or named in brackets right after the
 *       easy words that say what it is: "iemand die naar je luistert (vertrouwenspersoon)". The explanation
 *       itself has no hard word;
 *   <li>a role is never a title, a step or a contact's name on its own: "Leidinggevende" says nothing to
 *       her; "Praat met je begeleider" does.
 * </ul>
 * At most 3 actions in view is a rule about a page on a path, not about one text: the path tests check it.
 */
final class EasyReadCheck {
    static final int MAX_WORDS = 15;
    static final double MAX_AVERAGE = 7.5;
    /** From the walk through the client flow as a client with a mild intellectual disability would read it. */
    static final List<String> HARD_WORDS = List.of(
            "aandachtsfunctionaris", "cliëntvertrouwenspersoon", "vertrouwenspersoon", "grensoverschrijdend",
            "bijstaat", "psychiatrie", "mantelzorger", "misdrijf", "strafbaar", "aangifte", "inspectie",
            "klachtencommissie", "klachtenfunctionaris", "zorgorganisatie", "directie", "bestuurder", "kleineert",
            "leidinggevende", "gedetacheerd", "uitzendkracht", "zzp'er");
    /** The hard words that name a person or a body: never a title, step or contact name on their own. */
    static final Set<String> ROLES = Set.of(
            "aandachtsfunctionaris", "cliëntvertrouwenspersoon", "vertrouwenspersoon", "mantelzorger", "inspectie",
            "klachtencommissie", "klachtenfunctionaris", "directie", "bestuurder", "leidinggevende");
    private static final Map<String, String> HARD_FORMS = DutchWords.forms(HARD_WORDS);
    /** What may start an explanation after a hard word, in the same sentence. */
    private static final List<String> EXPLAINS = List.of(":", "(", " – ", " — ", " - ", ", iemand die ",
            ", dat is ", ", dat zijn ", ", die ", " is iemand die ", " betekent ");
    /** Keys whose text is a heading, a step or a name: where a bare role is no use. */
    private static final Set<String> NAMING_KEYS = Set.of("title", "name", "steps");
    /** The easy words a bracketed hard word needs before it, as in "iemand die helpt (klachtenfunctionaris)". */
    private static final int NAMED_WORDS = 3;
    /** A text of at most this many words that holds a role is a bare role name. */
    private static final int BARE_WORDS = 3;

    private EasyReadCheck() {
    }

    /** The rule breaches of the texts written in {@code language} (a key such as {@code nl-x-easy}). */
    static List<Problem> check(List<ReadabilityCheck.ParsedFile> files, String language) {
        List<Problem> errors = new ArrayList<>();
        long sentences = 0;
        long words = 0;
        @Nullable Location first = null;
        for (ReadabilityCheck.ParsedFile file : files) {
            FileCheck check = new FileCheck(new WordLocations(file.name(), file.text().split("\\r?\\n", -1)), language,
                    errors);
            check.walk(file.root(), "");
            sentences += check.sentences;
            words += check.words;
            if (first == null) {
                first = check.first;
            }
        }
        if (sentences > 0 && first != null && (double) words / sentences > MAX_AVERAGE) {
            errors.add(new Problem(first, String.format(Locale.ROOT,
                    "the '%s' sentences average %.1f words (at most %.1f for Makkelijk lezen)", language,
                    (double) words / sentences, MAX_AVERAGE)));
        }
        return errors.stream().sorted().toList();
    }

    /** The texts of one file in the language, with the key they sit under ({@code title}, {@code steps} ...). */
    private static final class FileCheck {
        private final WordLocations locations;
        private final String language;
        private final List<Problem> errors;
        private long sentences;
        private long words;
        private @Nullable Location first;
        /** A YAML alias shows one text in several places: read it once. */
        private final Set<Node> read = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        FileCheck(WordLocations locations, String language, List<Problem> errors) {
            this.locations = locations;
            this.language = language;
            this.errors = errors;
        }

        void walk(Node node, String parentKey) {
            if (!read.add(node)) {
                return;
            }
            if (node instanceof SequenceNode sequence) {
                sequence.getValue().forEach(item -> walk(item, parentKey));
            } else if (node instanceof MappingNode mapping) {
                for (NodeTuple tuple : mapping.getValue()) {
                    String key = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
                    if (key.equals(language) && tuple.getValueNode() instanceof ScalarNode text) {
                        // The text itself, not only the map around it: "{nl: *anchor}" shares the scalar.
                        if (read.add(text)) {
                            text(text, parentKey);
                        }
                    } else {
                        walk(tuple.getValueNode(), key);
                    }
                }
            }
        }

        private void text(ScalarNode scalar, String parentKey) {
            if (first == null) {
                first = locations.of(scalar, 0);
            }
            List<SentenceSplitter.Sentence> split = SentenceSplitter.split(scalar.getValue());
            for (SentenceSplitter.Sentence sentence : split) {
                long count = SentenceSplitter.countWords(sentence.words());
                sentences++;
                words += count;
                if (count > MAX_WORDS) {
                    errors.add(new Problem(locations.of(scalar, sentence.firstWord()), "sentence of " + count
                            + " words (at most " + MAX_WORDS + " for Makkelijk lezen): \"" + start(sentence) + " ...\""));
                }
                hardWords(scalar, sentence);
            }
            if (NAMING_KEYS.contains(parentKey) && split.size() == 1
                    && SentenceSplitter.countWords(split.get(0).words()) <= BARE_WORDS) {
                List<String> all = split.get(0).words();
                for (int i = 0; i < all.size(); i++) {
                    String term = DutchWords.termAt(HARD_FORMS, all, i);
                    if (term != null && ROLES.contains(term)) {
                        errors.add(new Problem(locations.of(scalar, i), "'" + scalar.getValue().strip()
                                + "' is a role name on its own as a " + (parentKey.equals("steps") ? "step" : parentKey)
                                + "; say what to do, and what this person does"));
                        break;
                    }
                }
            }
        }

        /** Each hard word must be explained after it in the same sentence, in words that are not hard. */
        private void hardWords(ScalarNode scalar, SentenceSplitter.Sentence sentence) {
            List<String> all = sentence.words();
            for (int i = 0; i < all.size(); i++) {
                String term = DutchWords.termAt(HARD_FORMS, all, i);
                if (term == null) {
                    continue;
                }
                String after = " " + String.join(" ", all.subList(i, all.size()));
                String explanation = all.get(i).startsWith("(") ? named(all.subList(0, i))
                        : explanation(after.substring(after.indexOf(' ', 1) < 0 ? after.length()
                        : after.indexOf(' ', 1)), all.get(i));
                if (explanation == null) {
                    errors.add(new Problem(locations.of(scalar, sentence.firstWord() + i), "'" + term
                            + "' is a hard word: use an easy word, or explain it in the same sentence (\""
                            + term + ": iemand die ...\")"));
                } else if (hasHardWord(explanation)) {
                    errors.add(new Problem(locations.of(scalar, sentence.firstWord() + i), "'" + term
                            + "' is explained with another hard word: \"" + explanation.strip() + "\""));
                }
            }
        }

        /**
         * A hard word in brackets names what the easy words just before it said: "Iemand die naar je luistert
         * (cliëntvertrouwenspersoon)". Those words are its explanation, if there are at least
         * {@value #NAMED_WORDS} of them; null if there are fewer.
         */
        private static @Nullable String named(List<String> before) {
            return SentenceSplitter.countWords(before) < NAMED_WORDS ? null : String.join(" ", before);
        }

        /** The explanation that follows a hard word (its own punctuation included), or null if none does. */
        private static @Nullable String explanation(String rest, String word) {
            // The word's own punctuation belongs to what follows it: "vertrouwenspersoon: iemand die ...".
            String text = word.replaceAll("^.*?([^\\p{L}\\p{N}']*)$", "$1") + rest;
            int at = -1;
            String marker = "";
            for (String candidate : EXPLAINS) {
                int found = text.indexOf(candidate);
                if (found >= 0 && (at < 0 || found < at)) {
                    at = found;
                    marker = candidate;
                }
            }
            return at < 0 ? null : text.substring(at + marker.length());
        }

        private static boolean hasHardWord(String text) {
            List<String> words = List.of(text.strip().split("\\s+"));
            for (int i = 0; i < words.size(); i++) {
                if (!words.get(i).isBlank() && DutchWords.termAt(HARD_FORMS, words, i) != null) {
                    return true;
                }
            }
            return false;
        }

        private static String start(SentenceSplitter.Sentence sentence) {
            return String.join(" ", sentence.words().subList(0, Math.min(6, sentence.words().size())));
        }
    }
}
