package nl.signaalwijzer.flow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Every text a flow can show is written in every language the flow offers: no page falls back to another
 * language without saying so. Checked on the parsed files, so each missing version is reported where the
 * text is ({@code file:line:column}):
 * <ul>
 *   <li>in a flow file, every text;</li>
 *   <li>in actions.yaml, every text of an action the flow uses;</li>
 *   <li>in organisation.yaml, the name and hours of a contact those actions name.</li>
 * </ul>
 * The glossary is help a page offers only where it is written: a term without words in a language is simply
 * not offered on pages in it. Source titles are names of Dutch documents and stay as they are.
 */
final class LanguageCheck {
    /** A mapping with this key is a text ({@code {nl: ..., en: ...}}); conditions and settings never have it. */
    private static final String TEXT_KEY = Lang.NL.tag();

    private final Languages configured;
    private final List<Problem> problems;
    /** A text under a YAML alias is one node met twice: reported once. */
    private final Set<String> reported = new java.util.HashSet<>();
    /** Per shared node (an action, a contact): its file, and the flows that show it with the languages each offers. */
    private final Map<Node, SharedUse> sharedUses = new LinkedHashMap<>();

    private record SharedUse(String file, Map<String, List<Lang>> byFlow) {
    }

    LanguageCheck(Languages configured, List<Problem> problems) {
        this.configured = configured;
        this.problems = problems;
    }

    /**
     * One flow: its own file's texts, and the shared actions and contacts it uses (their texts are checked
     * once every flow is known, by {@link #shared}).
     */
    void flow(FlowReader.ParsedFlow flow, String flowId, ReadabilityCheck.ParsedFile file, Map<String, Action> actions,
              @Nullable Node actionsRoot, @Nullable Node organisationRoot) {
        for (Lang lang : flow.languages()) {
            if (!configured.configured(lang)) {
                problems.add(new Problem(flow.languagesLocation(), "flow '" + flowId + "' offers '" + lang
                        + "', which no languages.yaml configures (configured: " + configured.tags() + ")"));
            }
        }
        String offered = "flow '" + flowId + "' offers " + tags(flow.languages());
        texts(file.root(), file.name(), flow.languages(), offered);

        Set<String> usedActions = new LinkedHashSet<>();
        Set<String> usedContacts = new LinkedHashSet<>();
        flow.wording().forEach(use -> use(use, usedActions, usedContacts));
        flow.outcomes().forEach(outcome -> outcome.actions().forEach(use -> use(use, usedActions, usedContacts)));
        flow.questions().forEach(question -> question.options().forEach(option -> usedActions.addAll(option.urgent())));
        usedActions.forEach(id -> {
            Action action = actions.get(id);
            if (action != null) {
                usedContacts.addAll(action.contacts());
            }
        });
        Map<String, Node> actionNodes = byId(actionsRoot, "actions");
        Map<String, Node> contactNodes = byId(organisationRoot, "contacts");
        usedActions.stream().map(actionNodes::get).filter(java.util.Objects::nonNull)
                .forEach(node -> shownBy(node, FlowLoader.ACTIONS, flowId, flow.languages()));
        usedContacts.stream().map(contactNodes::get).filter(java.util.Objects::nonNull)
                .forEach(node -> shownBy(node, FlowLoader.ORGANISATION, flowId, flow.languages()));
    }

    private void shownBy(Node node, String file, String flowId, List<Lang> languages) {
        sharedUses.computeIfAbsent(node, n -> new SharedUse(file, new TreeMap<>())).byFlow().put(flowId, languages);
    }

    /** The texts of the shared actions and contacts, in every language of every flow that shows them. */
    void shared() {
        sharedUses.forEach((node, use) -> {
            List<Lang> needed = new ArrayList<>();
            use.byFlow().values().forEach(languages -> languages.stream().filter(l -> !needed.contains(l))
                    .forEach(needed::add));
            List<String> by = new ArrayList<>();
            use.byFlow().forEach((flowId, languages) -> by.add("'" + flowId + "' (" + tags(languages) + ")"));
            texts(node, use.file(), needed, "shown by flow " + String.join(", ", by));
        });
    }

    private static void use(ActionUse use, Set<String> actions, Set<String> contacts) {
        actions.add(use.actionId());
        if (use.contacts() != null) {
            contacts.addAll(use.contacts());
        }
    }

    /** Every text under {@code node} (a YAML alias is checked once, where it is defined). */
    private void texts(Node node, String file, List<Lang> needed, String why) {
        if (node instanceof MappingNode mapping) {
            if (isText(mapping)) {
                for (Lang lang : needed) {
                    if (!hasKey(mapping, lang.tag()) && reported.add(at(file, node) + " " + lang)) {
                        problems.add(new Problem(at(file, node), "this text has no '" + lang + "' version ("
                                + why + ")"));
                    }
                }
                return;
            }
            for (NodeTuple tuple : mapping.getValue()) {
                texts(tuple.getValueNode(), file, needed, why);
            }
        } else if (node instanceof SequenceNode sequence) {
            sequence.getValue().forEach(item -> texts(item, file, needed, why));
        }
    }

    private static boolean isText(MappingNode mapping) {
        return hasKey(mapping, TEXT_KEY);
    }

    private static boolean hasKey(MappingNode mapping, String key) {
        return mapping.getValue().stream()
                .anyMatch(t -> t.getKeyNode() instanceof ScalarNode scalar && scalar.getValue().equals(key));
    }

    /** The entries of a top-level list ({@code actions:}, {@code contacts:}) by their {@code id}. */
    private static Map<String, Node> byId(@Nullable Node root, String listKey) {
        Map<String, Node> byId = new LinkedHashMap<>();
        if (root instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(listKey)
                        && tuple.getValueNode() instanceof SequenceNode list) {
                    for (Node item : list.getValue()) {
                        String id = idOf(item);
                        if (id != null) {
                            byId.putIfAbsent(id, item);
                        }
                    }
                }
            }
        }
        return byId;
    }

    private static @Nullable String idOf(Node item) {
        if (item instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals("id")
                        && tuple.getValueNode() instanceof ScalarNode value) {
                    return value.getValue();
                }
            }
        }
        return null;
    }

    private static Location at(String file, Node node) {
        return new Location(file, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
    }

    private static String tags(List<Lang> languages) {
        return String.join(", ", languages.stream().map(Lang::tag).toList());
    }
}
