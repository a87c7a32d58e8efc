package nl.signaalwijzer.flow;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Turns the text of each kind of file in a flows directory into the model. Only reads and checks
 * the shape of one file; references between nodes and files are checked by {@link FlowValidator}.
 *
 * <p>Nullness: to report every problem of a file at once, a value that cannot be read comes back as
 * null (its problem already reported) and reading goes on, so the model built here can have holes in
 * fields its types call non-null. The methods that build it say {@code @SuppressWarnings("NullAway")}
 * for that reason only. The holes never get out: every hole is a reported problem, and {@link FlowLoader}
 * hands out no catalog while there is one.
 */
final class FlowReader {

    private FlowReader() {
    }

    /** The YAML tree of a file, or empty after reporting a syntax problem. */
    static Optional<Node> parse(String text, Reading reading) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        // A flow still reuses paragraphs and steps by anchor (route rules have names: RouteSets). The limit
        // still stops an alias bomb: each alias is read once per use, so a few dozen stay small.
        options.setMaxAliasesForCollections(50);
        options.setAllowRecursiveKeys(false);
        try {
            Node root = new Yaml(options).compose(new StringReader(text));
            if (root == null) {
                reading.problem(new Location(reading.file(), 1, 1), "the file is empty");
                return Optional.empty();
            }
            return Optional.of(root);
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            Location at = mark == null ? new Location(reading.file(), 1, 1)
                    : new Location(reading.file(), mark.getLine() + 1, mark.getColumn() + 1);
            reading.problem(at, "not valid YAML: " + e.getProblem());
            return Optional.empty();
        } catch (YAMLException e) {
            reading.problem(new Location(reading.file(), 1, 1), "not valid YAML: " + e.getMessage());
            return Optional.empty();
        }
    }

    /** A flow file; fields that could not be read are null (their problems are already reported). */
    @SuppressWarnings("NullAway") // a model with holes, see the class comment
    static Optional<ParsedFlow> flow(Node root, Reading reading) {
        return YamlMap.of(root, reading, "the flow", "id", "title", "description", "languages", "start",
                        "example-note", "on-kiosk", "phases", "dates", "actions", "routes", "questions", "outcomes")
                .map(map -> {
                    RouteSets routes = RouteSets.read(map);
                    return new ParsedFlow(
                            map.string("id"), map.location(),
                            map.text("title"), map.text("description"), languages(map),
                            map.has("languages") ? reading.at(map.raw("languages")) : map.location(),
                            map.optionalText("example-note"),
                            map.string("start"), map.has("start") ? reading.at(map.raw("start")) : map.location(),
                            map.bool("on-kiosk", true), ChecklistReader.phases(map), ChecklistReader.startDays(map),
                            flowWording(map),
                            map.list("questions", node -> question(node, reading, routes)),
                            map.list("outcomes", node -> outcome(node, reading)), routes);
                });
    }

    /**
     * A flow as read, before the version hash is known; {@code wording} is its own {@code actions:} list,
     * {@code exampleNote} its words for contacts not yet filled in (null: the page's usual words),
     * {@code routes} its named route sets and where options use them (resolved into each option's rules);
     * {@code onKiosk}: offered on a kiosk; {@code phases} (null: none) and {@code startDays}: see {@link ChecklistReader}.
     */
    record ParsedFlow(String id, Location idLocation, Text title, Text description, List<Lang> languages,
                      Location languagesLocation, @Nullable Text exampleNote,
                      String start, Location startLocation, boolean onKiosk, @Nullable Phases phases,
                      List<StartDay> startDays, List<ActionUse> wording,
                      List<Question> questions, List<Outcome> outcomes, RouteSets routes) {
    }

    /** The languages a flow offers: {@code languages: [nl, en, nl-x-easy]}; without the field, Dutch and English. */
    private static List<Lang> languages(YamlMap flow) {
        List<String> tags = flow.optionalStrings("languages");
        if (tags == null) {
            return List.of(Lang.NL, Lang.EN);
        }
        List<Lang> languages = new ArrayList<>();
        for (String tag : tags) {
            Optional<Lang> lang = Lang.parse(tag);
            if (lang.isEmpty()) {
                flow.reading().problem(flow.location(), "'" + tag + "' in 'languages' is not a language tag (e.g. nl, en, nl-x-easy)");
            } else if (languages.contains(lang.get())) {
                flow.reading().problem(flow.location(), "'languages' names '" + tag + "' twice");
            } else {
                languages.add(lang.get());
            }
        }
        if (!languages.contains(Lang.NL)) {
            flow.reading().problem(flow.location(), "'languages' must include nl: Dutch is the default of every flow");
        }
        return List.copyOf(languages);
    }

    @SuppressWarnings("NullAway") // a model with holes, see the class comment
    private static List<ActionUse> flowWording(YamlMap flow) {
        List<ActionUse> wording = flow.optionalList("actions", node -> YamlMap.of(node, flow.reading(),
                "an action of the flow", "action", "text", "steps", "replace-steps", "contacts", "own-advice", "icon",
                "phase", "who", "deadline")
                .map(map -> {
                    String id = map.string("action");
                    String what = "the flow's wording of action '" + id + "'";
                    map.describe(id == null ? null : what);
                    return actionUse(map, id, Condition.ALWAYS, what, what, icon(map, what));
                }).orElse(null));
        return wording == null ? List.of() : wording;
    }

    @SuppressWarnings("NullAway") // a model with holes, see the class comment
    private static @Nullable Question question(Node node, Reading reading, RouteSets routes) {
        return YamlMap.of(node, reading, "a question", "id", "text", "help", "skip", "options").map(map -> {
            String id = map.string("id");
            String what = "question '" + id + "'";
            map.describe(id == null ? null : what);
            return new Question(id, map.text("text"), PartReader.optionalParagraphs(map, "help", what),
                    PartReader.skips(map, what),
                    map.list("options", option -> option(option, reading, what, routes)), map.location());
        }).orElse(null);
    }

    @SuppressWarnings("NullAway") // a model with holes, see the class comment
    private static @Nullable Option option(Node node, Reading reading, String question, RouteSets routes) {
        return YamlMap.of(node, reading, "an option of " + question, "id", "label", "next", "urgent", "icon")
                .map(map -> {
                    String id = map.string("id");
                    String what = "option '" + id + "' of " + question;
                    map.describe(id == null ? null : what);
                    List<String> urgent = map.optionalStrings("urgent");
                    return new Option(id, map.text("label"), PartReader.routes(map, what, routes),
                            urgent == null ? List.of() : urgent, icon(map, what), map.location());
                })
                .orElse(null);
    }

    @SuppressWarnings("NullAway") // a model with holes, see the class comment
    private static @Nullable Outcome outcome(Node node, Reading reading) {
        return YamlMap.of(node, reading, "an outcome",
                "id", "title", "text", "actions", "why", "next-steps", "always", "sources", "example-note").map(map -> {
            String id = map.string("id");
            String what = "outcome '" + id + "'";
            map.describe(id == null ? null : what);
            // A list of titles reads like `next` rules: the first whose `when` holds; the last has no `when`.
            List<ConditionalText> titles = PartReader.paragraphs(map, "title", what);
            for (int i = 0; i < titles.size(); i++) {
                if (titles.get(i).when().isAlways() != (i == titles.size() - 1)) {
                    map.reading().problem(Objects.requireNonNullElse(titles.get(i).location(), map.location()), i == titles.size() - 1
                            ? "the last title of " + what + " must have no 'when': it is the title on every other path"
                            : "a title of " + what + " without 'when' must be the last one");
                }
            }
            Text fallback = titles.isEmpty() ? null : titles.get(titles.size() - 1).text();
            return new Outcome(id, fallback, titles.isEmpty() ? List.of() : titles.subList(0, titles.size() - 1),
                    PartReader.paragraphs(map, "text", what),
                    map.list("actions", action -> actionUse(action, reading, what)),
                    PartReader.paragraphs(map, "why", what), PartReader.paragraphs(map, "next-steps", what),
                    PartReader.paragraphs(map, "always", what),
                    map.list("sources", source -> source(source, reading, what)),
                    PartReader.optionalParagraphs(map, "example-note", what), map.location());
        }).orElse(null);
    }

    @SuppressWarnings("NullAway") // a model with holes, see the class comment
    private static @Nullable ActionUse actionUse(Node node, Reading reading, String outcome) {
        return YamlMap.of(node, reading, "an action of " + outcome,
                        "action", "when", "text", "steps", "replace-steps", "contacts", "own-advice", "phase", "who",
                        "deadline")
                .map(map -> {
                    Condition when = PartReader.when(map, "an action of " + outcome);
                    String id = map.string("action");
                    return when == null ? null : actionUse(map, id, when, outcome, "action '" + id + "' of " + outcome, null);
                })
                .orElse(null);
    }

    /**
     * The fields an outcome's use and a flow's wording share. {@code steps:} adds to the action's steps,
     * {@code replace-steps:} shows other steps instead; one use says one of the two.
     *
     * @param what the place the steps are written, for their messages ("outcome 'x'")
     * @param use  this use, for the message about both keys ("action 'y' of outcome 'x'")
     * @param icon the pictogram of a flow's wording; an outcome's use has none (one action, one pictogram per flow)
     */
    @SuppressWarnings("NullAway") // a model with holes, see the class comment
    private static ActionUse actionUse(YamlMap map, String id, Condition when, String what, String use,
                                       @Nullable String icon) {
        boolean replaces = map.has("replace-steps");
        if (replaces && map.has("steps")) {
            map.reading().problem(map.raw("replace-steps"), use + " has both 'steps' and 'replace-steps': write"
                    + " 'steps' to add steps after the action's own, or 'replace-steps' to show other steps instead");
        }
        return new ActionUse(id, when, map.optionalText("text"),
                PartReader.steps(map, replaces ? "replace-steps" : "steps", what), replaces,
                map.optionalStrings("contacts"), map.optionalText("own-advice"), icon, map.optionalString("phase"),
                map.optionalText("who"), ChecklistReader.deadlines(map, use), map.location());
    }

    /** An optional {@code icon:}, the name of a pictogram the jar has; null when absent or after reporting it. */
    private static @Nullable String icon(YamlMap map, String what) {
        String name = map.optionalString("icon");
        if (name != null && !Pictograms.exists(name)) {
            map.reading().problem(Objects.requireNonNull(map.raw("icon")), "the icon of " + what + " names pictogram '"
                    + name + "', which " + Pictograms.FOLDER + " does not have (write a file name there without"
                    + " '.svg', e.g. 1F4DE; see pictograms/README.md)");
            return null;
        }
        return name;
    }

    @SuppressWarnings("NullAway") // a model with holes, see the class comment
    private static @Nullable Source source(Node node, Reading reading, String outcome) {
        return YamlMap.of(node, reading, "a source of " + outcome, "title", "ref", "when")
                .map(map -> {
                    Condition when = PartReader.when(map, "a source of " + outcome);
                    return when == null ? null : new Source(map.string("title"), map.string("ref"), when, map.location());
                })
                .orElse(null);
    }

    static Map<String, Action> actions(Node root, Reading reading) {
        Map<String, Action> actions = new LinkedHashMap<>();
        YamlMap.of(root, reading, "actions.yaml", "actions").ifPresent(file ->
                byId(file.list("actions", node -> action(node, reading)), Action::id, Action::location,
                        "action", actions, reading));
        return actions;
    }

    /** Puts each item under its id (unreadable ids left out), reporting a duplicate id where it is written again. */
    private static <T> void byId(List<T> items, Function<T, String> id, Function<T, Location> location, String kind,
                                 Map<String, T> into, Reading reading) {
        for (T item : items) {
            if (id.apply(item) == null) {
                continue;
            }
            T first = into.putIfAbsent(id.apply(item), item);
            if (first != null) {
                reading.problem(location.apply(item), "duplicate " + kind + " id '" + id.apply(item)
                        + "' (first at line " + location.apply(first).line() + ")");
            }
        }
    }

    @SuppressWarnings("NullAway") // a model with holes, see the class comment
    private static @Nullable Action action(Node node, Reading reading) {
        return YamlMap.of(node, reading, "an action", "id", "title", "text", "steps", "urgent", "contacts", "own-advice")
                .map(map -> {
                    String id = map.string("id");
                    String what = "action '" + id + "'";
                    map.describe(id == null ? null : what);
                    List<ConditionalText> steps = PartReader.actionSteps(map, what);
                    List<String> contacts = map.optionalStrings("contacts");
                    return new Action(id, map.text("title"), map.text("text"),
                            steps == null ? List.of() : steps, map.bool("urgent", false),
                            contacts == null ? List.of() : contacts, map.optionalText("own-advice"), map.location());
                }).orElse(null);
    }

    @SuppressWarnings("NullAway") // a model with holes, see the class comment
    static @Nullable Organisation organisation(Node root, Reading reading) {
        return YamlMap.of(root, reading, "organisation.yaml", "name", "kiosk", "contacts").map(file -> {
            Kiosk kiosk = file.has("kiosk") ? kiosk(Objects.requireNonNull(file.raw("kiosk")), reading) : Kiosk.OFF;
            Map<String, Contact> contacts = new LinkedHashMap<>();
            byId(file.list("contacts", node -> contact(node, reading)), Contact::id, Contact::location, "contact",
                    contacts, reading);
            return new Organisation(file.text("name"), kiosk, contacts);
        }).orElse(null);
    }

    private static Kiosk kiosk(Node node, Reading reading) {
        return YamlMap.of(node, reading, "kiosk", "enabled", "idle-seconds", "countdown-seconds")
                .map(map -> new Kiosk(map.bool("enabled", false),
                        map.integer("idle-seconds", Kiosk.OFF.idleSeconds(), 15, 3600),
                        map.integer("countdown-seconds", Kiosk.OFF.countdownSeconds(), 5, 120)))
                .orElse(Kiosk.OFF);
    }

    @SuppressWarnings("NullAway") // a model with holes, see the class comment
    private static @Nullable Contact contact(Node node, Reading reading) {
        return YamlMap.of(node, reading, "a contact", "id", "name", "phone", "hours", "url", "example")
                .map(map -> {
                    String id = map.string("id");
                    map.describe(id == null ? null : "contact '" + id + "'");
                    return new Contact(id, map.text("name"), map.optionalString("phone"), map.optionalText("hours"),
                            map.optionalString("url"), map.bool("example", false), map.location());
                })
                .orElse(null);
    }

    /** sources.yaml: Dutch source title -> its English gloss, with where each entry is written. */
    @SuppressWarnings("NullAway") // a model with holes, see the class comment
    static List<SourceGloss> sourceGlosses(Node root, Reading reading) {
        return YamlMap.of(root, reading, "sources.yaml", "sources")
                .map(file -> file.list("sources", node -> YamlMap.of(node, reading, "a source", "title", "en")
                        .map(map -> new SourceGloss(map.string("title"), map.string("en"), map.location()))
                        .orElse(null)))
                .orElse(List.of());
    }

    static List<GlossaryTerm> glossary(Node root, Reading reading) {
        return glossary(root, reading, null);
    }

    /** @param flowIds the flows of this directory (by file name), to check {@code for:}; null: not checked */
    @SuppressWarnings("NullAway") // a model with holes, see the class comment
    static List<GlossaryTerm> glossary(Node root, Reading reading, @Nullable Set<String> flowIds) {
        return YamlMap.of(root, reading, "glossary.yaml", "terms")
                .map(file -> file.list("terms", node -> YamlMap.of(node, reading, "a glossary term", "term", "explanation", "for")
                        .map(map -> {
                            String term = map.string("term");
                            map.describe(term == null ? null : "glossary term '" + term + "'");
                            return new GlossaryTerm(term, map.text("explanation"), perFlow(map, flowIds));
                        })
                        .orElse(null)))
                .orElse(List.of());
    }

    /** {@code for: {client: {nl, en}, naaste: {nl, en}}}: the explanation per flow id. */
    private static Map<String, Text> perFlow(YamlMap term, @Nullable Set<String> flowIds) {
        if (!term.has("for")) {
            return Map.of();
        }
        Map<String, Text> perFlow = new LinkedHashMap<>();
        Node value = Objects.requireNonNull(term.raw("for"));
        if (!(value instanceof MappingNode mapping)) {
            term.reading().problem(value, "field 'for' in a glossary term must map flow ids to texts");
            return Map.of();
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                term.reading().problem(tuple.getKeyNode(), "field 'for' in a glossary term must map flow ids to texts");
                continue;
            }
            String flowId = key.getValue();
            if (flowIds != null && !flowIds.contains(flowId)) {
                term.reading().problem(key, "the explanation 'for' flow '" + flowId + "' names no flow of this"
                        + " directory (flows: " + String.join(", ", new TreeSet<>(flowIds)) + ")");
            }
            Text text = YamlMap.text(tuple.getValueNode(), term.reading(), "the explanation for flow '" + flowId + "'");
            if (text != null) {
                perFlow.put(flowId, text);
            }
        }
        return perFlow;
    }
}
