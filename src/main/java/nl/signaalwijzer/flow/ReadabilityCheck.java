package nl.signaalwijzer.flow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * B1 readability warnings for the Dutch texts of a flows directory: sentences over {@value #MAX_WORDS}
 * words, difficult words (from a small list) that glossary.yaml does not explain, and questions with
 * more than {@value #MAX_OPTIONS} options. Works on the YAML tree, so it points at the exact line and
 * column of the sentence or word, and it reads whatever glossary exists.
 */
public final class ReadabilityCheck {
    static final int MAX_WORDS = 20;
    static final int MAX_OPTIONS = 6;
    /** Words a B1 reader may not know; each should have an entry in glossary.yaml. */
    static final List<String> JARGON = List.of(
            "aandachtsfunctionaris", "vertrouwenspersoon", "cliëntvertrouwenspersoon", "klachtenfunctionaris",
            "klachtencommissie", "meldteam", "meldcode", "wkkgz", "igj", "afkoelingsperiode", "grensoverschrijdend",
            "gedetacheerde", "mantelzorger", "zzp'er", "calamiteit", "aangifte", "niet-pluis-gevoel", "glijdende schaal",
            "pleger", "misdraging", "wederhoor");
    /** Every written form of a jargon term (itself and its plurals) -> the term. */
    private static final Map<String, String> JARGON_FORMS = DutchWords.forms(JARGON);

    private ReadabilityCheck() {
    }

    /** The readability warnings of a flows directory (with the flows' other warnings); loads it to read it once. */
    public static List<Problem> check(FlowFiles files) {
        try {
            return FlowLoader.loadAndLint(files).warnings();
        } catch (FlowException e) {
            return e.warnings();
        }
    }

    /** One file as {@link FlowLoader} parsed it: its lines (to point at a word) and its YAML tree. */
    record ParsedFile(String name, String text, Node root) {
    }

    /** Checks the files FlowLoader already parsed; {@code glossary} is the terms glossary.yaml explains. */
    static List<Problem> check(List<ParsedFile> files, List<GlossaryTerm> glossary) {
        Set<String> explained = glossary.stream()
                .filter(term -> term.term() != null)
                .map(term -> term.term().toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new));
        List<Problem> warnings = new ArrayList<>();
        for (ParsedFile file : files) {
            new FileCheck(file.name(), file.text().split("\\r?\\n", -1), explained, warnings).check(file.root());
        }
        return warnings.stream().sorted().toList();
    }

    /** The checks of one file; difficult words are reported once per file, at their first use. */
    private static final class FileCheck {
        private final WordLocations words;
        private final Set<String> explained;
        private final List<Problem> warnings;
        private final Map<String, Location> firstJargon = new LinkedHashMap<>();
        private final Map<String, Integer> jargonCount = new LinkedHashMap<>();

        /**
         * A glossary phrase explains its first and last word too: "grensoverschrijdend gedrag" covers
         * "grensoverschrijdend", "hoor en wederhoor" covers "wederhoor".
         */
        private boolean isExplained(String term) {
            return explained.contains(term)
                    || explained.stream().anyMatch(phrase -> phrase.startsWith(term + " ") || phrase.endsWith(" " + term));
        }

        FileCheck(String file, String[] lines, Set<String> explained, List<Problem> warnings) {
            this.words = new WordLocations(file, lines);
            this.explained = explained;
            this.warnings = warnings;
        }

        void check(Node root) {
            walk(root);
            firstJargon.forEach((term, at) -> {
                int more = Objects.requireNonNull(jargonCount.get(term)) - 1;
                warnings.add(Problem.warning(at, "'" + term + "' is a difficult word; explain it in glossary.yaml"
                        + (more > 0 ? " (used " + more + " more time" + (more == 1 ? "" : "s") + " in this file)" : "")));
            });
        }

        private void walk(Node node) {
            if (node instanceof SequenceNode sequence) {
                sequence.getValue().forEach(this::walk);
            } else if (node instanceof MappingNode mapping) {
                String id = null;
                for (NodeTuple tuple : mapping.getValue()) {
                    if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("id")
                            && tuple.getValueNode() instanceof ScalarNode value) {
                        id = value.getValue();
                    }
                }
                for (NodeTuple tuple : mapping.getValue()) {
                    String key = tuple.getKeyNode() instanceof ScalarNode k ? k.getValue() : "";
                    Node value = tuple.getValueNode();
                    if (key.equals("nl") && value instanceof ScalarNode scalar) {
                        text(scalar);
                    } else if (key.equals("options") && value instanceof SequenceNode options
                            && options.getValue().size() > MAX_OPTIONS) {
                        warnings.add(Problem.warning(at(mapping.getStartMark().getLine(), mapping.getStartMark().getColumn()),
                                "question '" + id + "' has " + options.getValue().size() + " options; more than "
                                        + MAX_OPTIONS + " are hard to choose from"));
                    } else {
                        walk(value);
                    }
                }
            }
        }

        private void text(ScalarNode scalar) {
            List<SentenceSplitter.Sentence> sentences = SentenceSplitter.split(scalar.getValue());
            for (SentenceSplitter.Sentence sentence : sentences) {
                long words = SentenceSplitter.countWords(sentence.words());
                if (words > MAX_WORDS) {
                    String start = String.join(" ", sentence.words().subList(0, Math.min(6, sentence.words().size())));
                    warnings.add(Problem.warning(wordLocation(scalar, sentence.firstWord()), "sentence of " + words
                            + " words (at most " + MAX_WORDS + " for B1): \"" + start + " ...\""));
                }
            }
            List<String> words = new ArrayList<>();
            sentences.forEach(s -> words.addAll(s.words()));
            for (int i = 0; i < words.size(); i++) {
                String term = jargonAt(words, i);
                if (term != null && !isExplained(term)) {
                    jargonCount.merge(term, 1, Integer::sum);
                    if (!firstJargon.containsKey(term)) {
                        firstJargon.put(term, wordLocation(scalar, i));
                    }
                }
            }
        }

        /** The jargon term that starts at word {@code i} (a term may be two words), or null. */
        private static @Nullable String jargonAt(List<String> words, int i) {
            return DutchWords.termAt(JARGON_FORMS, words, i);
        }

        private Location wordLocation(ScalarNode scalar, int wordIndex) {
            return words.of(scalar, wordIndex);
        }

        private Location at(int zeroBasedLine, int zeroBasedColumn) {
            return words.at(zeroBasedLine, zeroBasedColumn);
        }
    }
}
