package nl.signaalwijzer.flow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads the parts of a flow file that may depend on earlier answers: conditions ({@code when}),
 * {@code next} rules, {@code skip} rules, and paragraphs or steps that are a text or a text with a
 * condition. Strict like {@link YamlMap}: every problem is reported with its line and column.
 */
final class PartReader {

    private PartReader() {
    }

    /** {@code when: {question: option}} or {@code {question: [option, option]}}; null after a problem. */
    static @Nullable Condition condition(Node node, Reading reading, String what) {
        if (!(node instanceof MappingNode mapping) || mapping.getValue().isEmpty()) {
            reading.problem(node, "the condition ('when') of " + what
                    + " must name at least one question and its option(s), e.g. {behaviour: sexual}");
            return null;
        }
        Map<String, List<String>> options = new LinkedHashMap<>();
        boolean sound = true;
        for (NodeTuple tuple : mapping.getValue()) {
            String question = word(tuple.getKeyNode());
            List<String> chosen = options(tuple.getValueNode());
            if (question == null || chosen == null) {
                reading.problem(question == null ? tuple.getKeyNode() : tuple.getValueNode(), "the condition ('when') of "
                        + what + " must map a question id to one option id or a list of option ids");
                sound = false;
            } else if (options.putIfAbsent(question, chosen) != null) {
                reading.problem(tuple.getKeyNode(), "the condition ('when') of " + what + " names question '"
                        + question + "' twice");
                sound = false;
            }
        }
        return sound ? new Condition(options, reading.at(node)) : null;
    }

    private static @Nullable List<String> options(Node node) {
        String one = word(node);
        if (one != null) {
            return List.of(one);
        }
        if (!(node instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
            return null;
        }
        List<String> options = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            String option = word(item);
            if (option == null) {
                return null;
            }
            options.add(option);
        }
        return List.copyOf(options);
    }

    /** A plain single value; YAML's own reading of yes/no as true/false is ignored, the written word counts. */
    private static @Nullable String word(Node node) {
        if (node instanceof ScalarNode scalar && !scalar.getTag().equals(Tag.NULL) && !scalar.getValue().isBlank()) {
            return scalar.getValue().strip();
        }
        return null;
    }

    /** An optional {@code when} field: {@link Condition#ALWAYS} when absent, null after a problem. */
    static @Nullable Condition when(YamlMap map, String what) {
        return map.has("when") ? condition(Objects.requireNonNull(map.raw("when")), map.reading(), what) : Condition.ALWAYS;
    }

    /** {@code next: id} (one rule), a list of {@code {when, to}} rules, or {@code {route: name}} (a named set). */
    static List<Route> routes(YamlMap option, String what, RouteSets sets) {
        Reading reading = option.reading();
        Node value = option.raw("next");
        if (value == null || value instanceof ScalarNode) {
            String to = option.string("next");
            return to == null ? List.of() : List.of(new Route(Condition.ALWAYS, to, option.location()));
        }
        if (value instanceof MappingNode) {
            return YamlMap.of(value, reading, "field 'next' in " + what, "route").map(named -> {
                String name = named.string("route");
                return name == null ? List.<Route>of() : sets.use(name, what, reading.at(Objects.requireNonNull(named.raw("route"))));
            }).orElse(List.of());
        }
        return rules(value, reading, "'next' in " + what);
    }

    /**
     * A list of {@code {when, to}} rules: an option's {@code next}, or a named set under {@code routes:}.
     *
     * @param owner whose rules, for messages: "'next' in option 'x' of question 'y'", "route 'z'"
     */
    static List<Route> rules(Node value, Reading reading, String owner) {
        if (!(value instanceof SequenceNode sequence)) {
            reading.problem(value, owner + " must be a list of rules ('- when: ...' and 'to: ...')");
            return List.of();
        }
        List<Route> routes = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            YamlMap.of(item, reading, "a rule of " + owner, "when", "to").ifPresent(rule -> {
                Condition when = when(rule, "a rule of " + owner);
                String to = rule.string("to");
                if (when != null && to != null) {
                    routes.add(new Route(when, to, rule.location()));
                }
            });
        }
        return List.copyOf(routes);
    }

    static List<Skip> skips(YamlMap question, String what) {
        List<Skip> skips = question.optionalList("skip", item ->
                YamlMap.of(item, question.reading(), "a skip rule of " + what, "when", "answer").map(rule -> {
                    Condition when = rule.has("when") ? when(rule, "a skip rule of " + what) : null;
                    if (!rule.has("when")) {
                        rule.string("when");
                    }
                    String answer = rule.string("answer");
                    return when == null || answer == null ? null : new Skip(when, answer, rule.location());
                }).orElse(null));
        return skips == null ? List.of() : List.copyOf(skips);
    }

    /**
     * A text field of an outcome: one text (v1), or a list of paragraphs, each a text or
     * {@code {when, text, own-advice}}. Required; empty after a problem.
     */
    static List<ConditionalText> paragraphs(YamlMap map, String key, String what) {
        Node value = map.raw(key);
        if (value instanceof SequenceNode) {
            List<ConditionalText> paragraphs = map.optionalList(key,
                    item -> part(item, map.reading(), "a paragraph of '" + key + "' of " + what, true));
            if (paragraphs != null && paragraphs.isEmpty()) {
                map.reading().problem(value, "field '" + key + "' in " + what + " has no paragraphs");
            }
            return paragraphs == null ? List.of() : List.copyOf(paragraphs);
        }
        Text text = map.text(key);
        return text == null ? List.of() : List.of(ConditionalText.always(text));
    }

    /** Like {@link #paragraphs}, for a field an outcome may leave out (then: no paragraphs). */
    static List<ConditionalText> optionalParagraphs(YamlMap map, String key, String what) {
        return map.has(key) ? paragraphs(map, key, what) : List.of();
    }

    /** The optional steps of a flow's wording or an outcome's use under {@code key}; each a text or {@code {when, text, own-advice}}. */
    static @Nullable List<ConditionalText> steps(YamlMap map, String key, String what) {
        return steps(map, key, what, true);
    }

    /** The optional steps in actions.yaml: no {@code when}, as actions.yaml belongs to no flow whose answers it could test. */
    static @Nullable List<ConditionalText> actionSteps(YamlMap map, String what) {
        return steps(map, "steps", what, false);
    }

    private static @Nullable List<ConditionalText> steps(YamlMap map, String key, String what, boolean conditional) {
        List<ConditionalText> steps = map.optionalList(key,
                item -> part(item, map.reading(), "a step of " + what, conditional));
        return steps == null ? null : List.copyOf(steps);
    }

    private static @Nullable ConditionalText part(Node item, Reading reading, String what, boolean conditional) {
        if (item instanceof MappingNode mapping
                && !hasKey(mapping, "text") && !hasKey(mapping, "when") && !hasKey(mapping, "own-advice")) {
            Text text = YamlMap.text(item, reading, what);
            return text == null ? null : new ConditionalText(Condition.ALWAYS, text, null, reading.at(item));
        }
        String[] keys = conditional ? new String[] {"when", "text", "own-advice"} : new String[] {"text", "own-advice"};
        return YamlMap.of(item, reading, what, keys).map(map -> {
            Condition when = conditional ? when(map, what) : Condition.ALWAYS;
            Text text = map.text("text");
            Text ownAdvice = map.optionalText("own-advice");
            return when == null || text == null ? null : new ConditionalText(when, text, ownAdvice, map.location());
        }).orElse(null);
    }

    private static boolean hasKey(MappingNode mapping, String key) {
        return mapping.getValue().stream()
                .anyMatch(t -> t.getKeyNode() instanceof ScalarNode s && s.getValue().equals(key));
    }
}
