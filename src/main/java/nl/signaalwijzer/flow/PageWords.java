package nl.signaalwijzer.flow;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The fixed words of the pages themselves (buttons, headings): {@value #FILE}, bundled in the jar, one
 * {@code key: {nl: ..., en: ..., ...}} per word, in every configured language ({@link Languages}). A flows
 * folder may have its own {@value #FILE}: its words are laid over the bundled ones, per word and language,
 * which is how a deployer adds the words of a language of their own. Data, not code, so the words are read
 * as strictly as a flow file and get the same readability check as the flow texts. Unlike flow texts, a
 * quoted word keeps its spaces (" mean?" follows a term in a sentence).
 */
public final class PageWords {
    public static final String FILE = "ui-text.yaml";
    /** Where the bundled file is written, as problems name it. */
    private static final String BUNDLED = "src/main/resources/" + FILE;
    /** A key is a name a template can use: {@code {{ui.key}}}. */
    private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]*");

    private static volatile @Nullable PageWords bundled;

    private final Map<String, Text> words;
    private final Map<String, Map<String, String>> byTag;

    private PageWords(Map<String, Text> words) {
        this.words = Map.copyOf(words);
        Map<String, Map<String, String>> byTag = new HashMap<>();
        words.forEach((key, text) -> text.words().forEach((tag, word) ->
                byTag.computeIfAbsent(tag, t -> new HashMap<>()).put(key, word)));
        byTag.replaceAll((tag, inTag) -> Map.copyOf(inTag));
        this.byTag = Map.copyOf(byTag);
    }

    /** Every word, with all its languages. */
    public Map<String, Text> all() {
        return words;
    }

    /** All page words in one language (every configured language has every word; others get Dutch). */
    public Map<String, String> in(Lang lang) {
        Map<String, String> inLang = byTag.get(lang.tag());
        return inLang != null ? inLang : java.util.Objects.requireNonNull(byTag.get(Lang.NL.tag()), "Dutch is required");
    }

    /** One page word; a key that is not in {@value #FILE} is a mistake in the code, not an empty text. */
    public String word(Lang lang, String key) {
        String word = in(lang).get(key);
        if (word == null) {
            throw new IllegalArgumentException("no page word '" + key + "' in " + FILE);
        }
        return word;
    }

    /**
     * The bundled words, laid over by a flows folder's {@value #FILE} ({@code folderFile}, null for none), with
     * every problem in {@code problems}: a word missing in a configured language is one of them.
     */
    static PageWords load(@Nullable String folderFile, Languages languages, List<Problem> problems) {
        Map<String, Map<String, String>> words = new LinkedHashMap<>();
        Map<String, Location> where = new HashMap<>();
        read(BUNDLED, BundledFile.text(FILE), true, words, where, problems);
        if (folderFile != null) {
            read(FILE, folderFile, false, words, where, problems);
        }
        Map<String, Text> texts = new LinkedHashMap<>();
        words.forEach((key, inTags) -> {
            for (Language language : languages.all()) {
                if (!inTags.containsKey(language.lang().tag())) {
                    problems.add(new Problem(where.getOrDefault(key, new Location(FILE, 1, 1)), "page word '" + key + "' has no '"
                            + language.lang() + "' version (" + languages.tags() + " are configured)"));
                }
            }
            if (inTags.containsKey(Lang.NL.tag())) {
                texts.put(key, new Text(inTags));
            }
        });
        return new PageWords(texts);
    }

    /**
     * The bundled words in the bundled languages, read once (tools and tests; the server uses its catalog's).
     *
     * @throws FlowException with every problem of the file, as for a flow file
     */
    public static PageWords bundled() {
        PageWords words = bundled;
        if (words == null) {
            List<Problem> problems = new ArrayList<>();
            words = load(null, Languages.load(null, problems), problems);
            if (!problems.isEmpty()) {
                throw new FlowException(problems);
            }
            bundled = words;
        }
        return words;
    }

    /** Every problem of the bundled file (for {@code lint}); empty when the server can start with it. */
    public static List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        load(null, Languages.load(null, problems), problems);
        return problems;
    }

    /** Readability warnings for the bundled words, with the difficult words the glossary of {@code flows} explains. */
    public static List<Problem> warnings(FlowFiles flows) {
        List<GlossaryTerm> glossary = List.of();
        byte[] glossaryBytes = flows.files().get(FlowLoader.GLOSSARY);
        if (glossaryBytes != null) {
            Reading reading = new Reading(FlowLoader.GLOSSARY, new ArrayList<>());
            glossary = FlowReader.parse(new String(glossaryBytes, StandardCharsets.UTF_8), reading)
                    .map(root -> FlowReader.glossary(root, reading)).orElse(List.of());
        }
        String text = BundledFile.text(FILE);
        Optional<Node> root = FlowReader.parse(text, new Reading(FILE, new ArrayList<>()));
        if (root.isEmpty()) {
            return List.of();
        }
        return ReadabilityCheck.check(List.of(new ReadabilityCheck.ParsedFile(FILE, text, root.get())), glossary);
    }

    /** The bundled file as parsed, for the checks that read texts where they are written (easy-read). */
    static ReadabilityCheck.ParsedFile bundledFile() {
        String text = BundledFile.text(FILE);
        Node root = FlowReader.parse(text, new Reading(BUNDLED, new ArrayList<>()))
                .orElseThrow(() -> new IllegalStateException(FILE + " is not YAML"));
        return new ReadabilityCheck.ParsedFile(BUNDLED, text, root);
    }

    /** One file's words: {@code complete} for the bundled file, which must give every word in Dutch. */
    private static void read(String file, String text, boolean complete, Map<String, Map<String, String>> words,
                             Map<String, Location> where, List<Problem> problems) {
        Reading reading = new Reading(file, problems);
        Map<String, Integer> lines = new HashMap<>();
        Optional<Node> root = FlowReader.parse(text, reading);
        if (root.isPresent() && !(root.get() instanceof MappingNode)) {
            reading.problem(root.get(), "the page words must be a set of 'key: {nl: ..., en: ...}' lines");
            return;
        }
        if (root.isEmpty()) {
            return;
        }
        for (NodeTuple tuple : ((MappingNode) root.get()).getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : "";
            if (!KEY.matcher(key).matches()) {
                reading.problem(tuple.getKeyNode(), "'" + key + "' is not a name a template can use"
                        + " (letters and digits, starting with a small letter)");
                continue;
            }
            if (lines.containsKey(key)) {
                reading.problem(tuple.getKeyNode(), "duplicate page word '" + key + "' (first at line "
                        + lines.get(key) + ")");
                continue;
            }
            lines.put(key, reading.at(tuple.getKeyNode()).line());
            if (!complete && !words.containsKey(key)) {
                reading.problem(tuple.getKeyNode(), "'" + key + "' is not a page word of the bundled " + FILE
                        + " (a folder's " + FILE + " can only give words in more languages, or other words)");
                continue;
            }
            Map<String, String> asWritten = asWritten(tuple.getValueNode(), reading, "page word '" + key + "'");
            if (asWritten == null) {
                continue;
            }
            if (complete && !asWritten.containsKey(Lang.NL.tag())) {
                reading.problem(tuple.getValueNode(), "page word '" + key + "' has no 'nl' version");
                continue;
            }
            words.computeIfAbsent(key, k -> new LinkedHashMap<>()).putAll(asWritten);
            where.putIfAbsent(key, reading.at(tuple.getKeyNode()));
        }
    }

    /** The words per language, as a flow text reads them; a quoted value is taken as written. */
    private static @Nullable Map<String, String> asWritten(Node node, Reading reading, String what) {
        Map<String, String> words = YamlMap.words(node, reading, what);
        if (words == null) {
            return null;
        }
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && tuple.getValueNode() instanceof ScalarNode value
                    && value.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN
                    && value.getScalarStyle() != DumperOptions.ScalarStyle.FOLDED
                    && value.getScalarStyle() != DumperOptions.ScalarStyle.LITERAL) {
                words.put(key.getValue(), value.getValue());
            }
        }
        return words;
    }
}
