package nl.signaalwijzer.flow;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML mapping read strictly: unknown keys, duplicate keys and missing required keys are reported
 * as problems with their line and column. Missing values come back as null so that reading can go on
 * and every problem of a file is reported at once. Public, with {@link Reading}, for the organisations folder.
 */
public final class YamlMap {
    private final Node node;
    private final Reading reading;
    private String what;
    private final Map<String, Node> values = new LinkedHashMap<>();

    private YamlMap(MappingNode node, Reading reading, String what, Set<String> allowed) {
        this.node = node;
        this.reading = reading;
        this.what = what;
        for (NodeTuple tuple : node.getValue()) {
            Node keyNode = tuple.getKeyNode();
            String key = keyNode instanceof ScalarNode scalar ? scalar.getValue() : null;
            if (key == null) {
                reading.problem(keyNode, what + " has a key that is not a plain word");
            } else if (values.containsKey(key)) {
                reading.problem(keyNode, "duplicate key '" + key + "' in " + what
                        + " (first at line " + (values.get(key).getStartMark().getLine() + 1) + ")");
            } else if (!allowed.contains(key)) {
                reading.problem(keyNode, "unknown field '" + key + "' in " + what
                        + " (allowed: " + String.join(", ", allowed) + ")");
            } else {
                values.put(key, tuple.getValueNode());
            }
        }
    }

    /** Reads {@code node} as a mapping with the given keys, or reports that it is not a mapping. */
    public static Optional<YamlMap> of(Node node, Reading reading, String what, String... allowedKeys) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new YamlMap(mapping, reading, what, new LinkedHashSet<>(Arrays.asList(allowedKeys))));
        }
        reading.problem(node, what + " must be a set of 'field: value' lines");
        return Optional.empty();
    }

    /** Names the mapping in later messages once its id is known, e.g. "question 'worried'". */
    public YamlMap describe(@Nullable String name) {
        if (name != null) {
            this.what = name;
        }
        return this;
    }

    public Location location() {
        return reading.at(node);
    }

    public Reading reading() {
        return reading;
    }

    public boolean has(String key) {
        return values.containsKey(key) && !isNull(values.get(key));
    }

    public @Nullable Node raw(String key) {
        return values.get(key);
    }

    /** The value of a key that {@link #has} found. */
    private Node given(String key) {
        return Objects.requireNonNull(values.get(key), key);
    }

    private @Nullable Node required(String key) {
        Node value = values.get(key);
        if (value == null || isNull(value)) {
            reading.problem(value == null ? node : value, "missing field '" + key + "' in " + what);
            return null;
        }
        return value;
    }

    public @Nullable String string(String key) {
        Node value = required(key);
        return value == null ? null : scalar(value, key);
    }

    public @Nullable String optionalString(String key) {
        return has(key) ? scalar(given(key), key) : null;
    }

    private @Nullable String scalar(Node value, String key) {
        if (value instanceof ScalarNode scalar) {
            if (scalar.getValue().isBlank()) {
                reading.problem(value, "field '" + key + "' in " + what + " is empty");
                return null;
            }
            return scalar.getValue().strip();
        }
        reading.problem(value, "field '" + key + "' in " + what + " must be a single value");
        return null;
    }

    public boolean bool(String key, boolean fallback) {
        String value = optionalString(key);
        if (value == null) {
            return fallback;
        }
        if (value.equals("true") || value.equals("false")) {
            return Boolean.parseBoolean(value);
        }
        reading.problem(given(key), "field '" + key + "' in " + what + " must be true or false");
        return fallback;
    }

    public int integer(String key, int fallback, int min, int max) {
        String value = optionalString(key);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        reading.problem(given(key), "field '" + key + "' in " + what
                + " must be a whole number from " + min + " to " + max);
        return fallback;
    }

    public @Nullable Text text(String key) {
        Node value = required(key);
        return value == null ? null : text(value, reading, "text '" + key + "' of " + what);
    }

    public @Nullable Text optionalText(String key) {
        return has(key) ? text(given(key), reading, "text '" + key + "' of " + what) : null;
    }

    /** A text: its words per language tag; Dutch, the default, is required (which others, {@link LanguageCheck} says). */
    static @Nullable Text text(Node value, Reading reading, String what) {
        Map<String, String> words = words(value, reading, what);
        if (words == null) {
            return null;
        }
        if (!words.containsKey(Lang.NL.tag())) {
            reading.problem(value, what + " has no 'nl' version");
            return null;
        }
        return new Text(words);
    }

    /**
     * The words of a text per language tag, as written ({@code {nl: ..., en: ..., nl-x-easy: ...}}); every key
     * must be a language tag with a single value. Null (reported) when it is not such a mapping.
     */
    static @Nullable Map<String, String> words(Node value, Reading reading, String what) {
        if (!(value instanceof MappingNode mapping)) {
            reading.problem(value, what + " must be a set of 'language: words' lines, e.g. {nl: ..., en: ...}");
            return null;
        }
        Map<String, String> words = new LinkedHashMap<>();
        boolean sound = true;
        for (NodeTuple tuple : mapping.getValue()) {
            String tag = tuple.getKeyNode() instanceof ScalarNode key ? key.getValue() : "";
            Node wordsNode = tuple.getValueNode();
            if (Lang.parse(tag).isEmpty()) {
                reading.problem(tuple.getKeyNode(), "'" + tag + "' in " + what + " is not a language tag"
                        + " (e.g. nl, en, nl-x-easy)");
                sound = false;
            } else if (words.containsKey(tag)) {
                reading.problem(tuple.getKeyNode(), "duplicate language '" + tag + "' in " + what);
                sound = false;
            } else if (!(wordsNode instanceof ScalarNode scalar) || isNull(wordsNode) || scalar.getValue().isBlank()) {
                reading.problem(wordsNode, what + " has no '" + tag + "' version");
                sound = false;
            } else {
                words.put(tag, scalar.getValue().strip());
            }
        }
        return sound ? words : null;
    }

    /** A required list; each element read by {@code element}, nulls (unreadable elements) left out. */
    public <T> List<T> list(String key, Function<Node, @Nullable T> element) {
        Node value = required(key);
        return value == null ? List.of() : elements(value, key, element);
    }

    public <T> @Nullable List<T> optionalList(String key, Function<Node, @Nullable T> element) {
        return has(key) ? elements(given(key), key, element) : null;
    }

    private <T> List<T> elements(Node value, String key, Function<Node, @Nullable T> element) {
        if (!(value instanceof SequenceNode sequence)) {
            reading.problem(value, "field '" + key + "' in " + what + " must be a list");
            return List.of();
        }
        List<T> result = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            T read = element.apply(item);
            if (read != null) {
                result.add(read);
            }
        }
        return result;
    }

    /** A list of plain values, e.g. {@code contacts: [a, b]}. */
    @Nullable List<String> optionalStrings(String key) {
        return optionalList(key, item -> {
            if (item instanceof ScalarNode scalar && !isNull(item) && !scalar.getValue().isBlank()) {
                return scalar.getValue().strip();
            }
            reading.problem(item, "each entry of '" + key + "' in " + what + " must be a single value");
            return null;
        });
    }

    private static boolean isNull(Node value) {
        return value instanceof ScalarNode scalar && scalar.getTag().equals(Tag.NULL);
    }
}
