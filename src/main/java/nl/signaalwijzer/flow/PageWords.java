package nl.signaalwijzer.flow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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
 * {@code key: {nl, en}} per word. Data, not code, so the words are read as strictly as a flow file and
 * get the same readability check as the flow texts. Unlike flow texts, a quoted word keeps its spaces
 * (" mean?" follows a term in a sentence).
 */
public final class PageWords {
    public static final String FILE = "ui-text.yaml";
    /** A key is a name a template can use: {@code {{ui.key}}}. */
    private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]*");

    private static volatile @Nullable Map<String, Text> bundled;

    private PageWords() {
    }

    /**
     * The bundled words, read once.
     *
     * @throws FlowException with every problem of the file, as for a flow file
     */
    public static Map<String, Text> bundled() {
        Map<String, Text> words = bundled;
        if (words == null) {
            words = read(FILE, bundledBytes());
            bundled = words;
        }
        return words;
    }

    /** Every problem of the bundled file (for {@code lint}); empty when the server can start with it. */
    public static List<Problem> problems() {
        try {
            read(FILE, bundledBytes());
            return List.of();
        } catch (FlowException e) {
            return e.problems();
        }
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
        String text = new String(bundledBytes(), StandardCharsets.UTF_8);
        Optional<Node> root = FlowReader.parse(text, new Reading(FILE, new ArrayList<>()));
        if (root.isEmpty()) {
            return List.of();
        }
        return ReadabilityCheck.check(List.of(new ReadabilityCheck.ParsedFile(FILE, text, root.get())), glossary);
    }

    static Map<String, Text> read(String file, byte[] bytes) {
        List<Problem> problems = new ArrayList<>();
        Reading reading = new Reading(file, problems);
        Map<String, Text> words = new LinkedHashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        Optional<Node> root = FlowReader.parse(new String(bytes, StandardCharsets.UTF_8), reading);
        if (root.isPresent() && !(root.get() instanceof MappingNode)) {
            reading.problem(root.get(), "the page words must be a set of 'key: {nl, en}' lines");
        } else if (root.isPresent()) {
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
                Text text = text(tuple.getValueNode(), reading, "page word '" + key + "'");
                if (text != null) {
                    words.put(key, text);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new FlowException(problems);
        }
        return Map.copyOf(words);
    }

    /** Both languages required, as for a flow text; a quoted value is taken as written. */
    private static @Nullable Text text(Node node, Reading reading, String what) {
        Text strict = YamlMap.text(node, reading, what);
        if (strict == null) {
            return null;
        }
        Map<String, String> asWritten = new HashMap<>();
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && tuple.getValueNode() instanceof ScalarNode value
                    && value.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN
                    && value.getScalarStyle() != DumperOptions.ScalarStyle.FOLDED
                    && value.getScalarStyle() != DumperOptions.ScalarStyle.LITERAL) {
                asWritten.put(key.getValue(), value.getValue());
            }
        }
        return new Text(asWritten.getOrDefault("nl", strict.nl()), asWritten.getOrDefault("en", strict.en()));
    }

    private static byte[] bundledBytes() {
        try (InputStream in = PageWords.class.getResourceAsStream("/" + FILE)) {
            if (in == null) {
                throw new IllegalStateException("no " + FILE + " on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
