package nl.signaalwijzer.flow;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Turns the text of each kind of file in a flows directory into the model. Only reads and checks
 * the shape of one file; references between nodes and files are checked by {@link FlowValidator}.
 */
final class FlowReader {

    private FlowReader() {
    }

    /** The YAML tree of a file, or empty after reporting a syntax problem. */
    static Optional<Node> parse(String text, Reading reading) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(20);
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
    static Optional<ParsedFlow> flow(Node root, Reading reading) {
        return YamlMap.of(root, reading, "the flow", "id", "title", "description", "start", "questions", "outcomes")
                .map(map -> new ParsedFlow(
                        map.string("id"), map.location(),
                        map.text("title"), map.text("description"),
                        map.string("start"), map.has("start") ? reading.at(map.raw("start")) : map.location(),
                        map.list("questions", node -> question(node, reading)),
                        map.list("outcomes", node -> outcome(node, reading))));
    }

    /** A flow as read, before the version hash is known. */
    record ParsedFlow(String id, Location idLocation, Text title, Text description,
                      String start, Location startLocation, List<Question> questions, List<Outcome> outcomes) {
    }

    private static Question question(Node node, Reading reading) {
        return YamlMap.of(node, reading, "a question", "id", "text", "help", "options").map(map -> {
            String id = map.string("id");
            String what = "question '" + id + "'";
            map.describe(id == null ? null : what);
            return new Question(id, map.text("text"), map.optionalText("help"),
                    map.list("options", option -> option(option, reading, what)), map.location());
        }).orElse(null);
    }

    private static Option option(Node node, Reading reading, String question) {
        return YamlMap.of(node, reading, "an option of " + question, "id", "label", "next")
                .map(map -> {
                    String id = map.string("id");
                    map.describe(id == null ? null : "option '" + id + "' of " + question);
                    return new Option(id, map.text("label"), map.string("next"), map.location());
                })
                .orElse(null);
    }

    private static Outcome outcome(Node node, Reading reading) {
        return YamlMap.of(node, reading, "an outcome",
                "id", "title", "text", "actions", "why", "next-steps", "always", "sources").map(map -> {
            String id = map.string("id");
            String what = "outcome '" + id + "'";
            map.describe(id == null ? null : what);
            return new Outcome(id, map.text("title"), map.text("text"),
                    map.list("actions", action -> actionUse(action, reading, what)),
                    map.text("why"), map.text("next-steps"), map.text("always"),
                    map.list("sources", source -> source(source, reading, what)), map.location());
        }).orElse(null);
    }

    private static ActionUse actionUse(Node node, Reading reading, String outcome) {
        return YamlMap.of(node, reading, "an action of " + outcome, "action", "text", "steps", "contacts")
                .map(map -> new ActionUse(map.string("action"), map.optionalText("text"),
                        map.optionalList("steps", step -> YamlMap.text(step, reading, "a step of " + outcome)),
                        map.optionalStrings("contacts"), map.location()))
                .orElse(null);
    }

    private static Source source(Node node, Reading reading, String outcome) {
        return YamlMap.of(node, reading, "a source of " + outcome, "title", "ref")
                .map(map -> new Source(map.string("title"), map.string("ref")))
                .orElse(null);
    }

    static Map<String, Action> actions(Node root, Reading reading) {
        Map<String, Action> actions = new LinkedHashMap<>();
        YamlMap.of(root, reading, "actions.yaml", "actions").ifPresent(file -> {
            for (Action action : file.list("actions", node -> action(node, reading))) {
                if (action.id() == null) {
                    continue;
                }
                Action first = actions.putIfAbsent(action.id(), action);
                if (first != null) {
                    reading.problem(action.location(), "duplicate action id '" + action.id()
                            + "' (first at line " + first.location().line() + ")");
                }
            }
        });
        return actions;
    }

    private static Action action(Node node, Reading reading) {
        return YamlMap.of(node, reading, "an action", "id", "title", "text", "steps", "urgent", "contacts")
                .map(map -> {
                    String id = map.string("id");
                    String what = "action '" + id + "'";
                    map.describe(id == null ? null : what);
                    List<Text> steps = map.optionalList("steps", step -> YamlMap.text(step, reading, "a step of " + what));
                    List<String> contacts = map.optionalStrings("contacts");
                    return new Action(id, map.text("title"), map.text("text"),
                            steps == null ? List.of() : steps, map.bool("urgent", false),
                            contacts == null ? List.of() : contacts, map.location());
                }).orElse(null);
    }

    static Organisation organisation(Node root, Reading reading) {
        return YamlMap.of(root, reading, "organisation.yaml", "name", "kiosk", "contacts").map(file -> {
            Kiosk kiosk = file.has("kiosk") ? kiosk(file.raw("kiosk"), reading) : Kiosk.OFF;
            Map<String, Contact> contacts = new LinkedHashMap<>();
            for (Contact contact : file.list("contacts", node -> contact(node, reading))) {
                if (contact.id() == null) {
                    continue;
                }
                Contact first = contacts.putIfAbsent(contact.id(), contact);
                if (first != null) {
                    reading.problem(contact.location(), "duplicate contact id '" + contact.id()
                            + "' (first at line " + first.location().line() + ")");
                }
            }
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

    private static Contact contact(Node node, Reading reading) {
        return YamlMap.of(node, reading, "a contact", "id", "name", "phone", "hours", "url", "example")
                .map(map -> {
                    String id = map.string("id");
                    map.describe(id == null ? null : "contact '" + id + "'");
                    return new Contact(id, map.text("name"), map.optionalString("phone"), map.optionalText("hours"),
                            map.optionalString("url"), map.bool("example", false), map.location());
                })
                .orElse(null);
    }

    static List<GlossaryTerm> glossary(Node root, Reading reading) {
        return YamlMap.of(root, reading, "glossary.yaml", "terms")
                .map(file -> file.list("terms", node -> YamlMap.of(node, reading, "a glossary term", "term", "explanation")
                        .map(map -> new GlossaryTerm(map.string("term"), map.text("explanation")))
                        .orElse(null)))
                .orElse(List.of());
    }
}
