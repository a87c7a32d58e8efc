package nl.signaalwijzer.flow;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the parts of the flow format that make an outcome a checklist with time frames: a flow's
 * {@code phases:} and {@code dates:}, and an action's {@code deadline:}. Shape only, like {@link FlowReader};
 * whether the ids they name exist is the {@link FlowValidator}'s job.
 */
final class ChecklistReader {
    /** A year has no more than this many days to count: a larger count is a typing mistake. */
    private static final int MAX_COUNT = 366;

    private ChecklistReader() {
    }

    /** {@code phases: {own-advice, list: [{id, title}]}}, or null when the flow has none (or it could not be read). */
    @SuppressWarnings("NullAway") // a model with holes, see FlowReader
    static @Nullable Phases phases(YamlMap flow) {
        if (!flow.has("phases")) {
            return null;
        }
        return YamlMap.of(Objects.requireNonNull(flow.raw("phases")), flow.reading(), "phases", "own-advice", "list")
                .map(map -> {
                    List<Phase> list = map.list("list", node -> YamlMap.of(node, flow.reading(), "a phase", "id", "title", "fold")
                            .map(phase -> new Phase(phase.string("id"), phase.text("title"), phase.bool("fold", false)))
                            .orElse(null));
                    if (list.isEmpty()) {
                        map.reading().problem(map.location(), "'phases' has no phases in its 'list'");
                    }
                    return new Phases(map.text("own-advice"), list);
                }).orElse(null);
    }

    /** {@code dates: [{id, label}]}: the days a user may type in; empty when the flow has none. */
    @SuppressWarnings("NullAway") // a model with holes, see FlowReader
    static List<StartDay> startDays(YamlMap flow) {
        List<StartDay> days = flow.optionalList("dates", node -> YamlMap.of(node, flow.reading(), "a date", "id", "label")
                .map(map -> new StartDay(map.string("id"), map.text("label"))).orElse(null));
        return days == null ? List.of() : List.copyOf(days);
    }

    /** {@code deadline:} one rule or a list of rules; null when not given here. */
    static @Nullable List<Deadline> deadlines(YamlMap use, String what) {
        Node value = use.raw("deadline");
        if (!use.has("deadline")) {
            return null;
        }
        if (value instanceof MappingNode) {
            Deadline one = deadline(value, use.reading(), what);
            return one == null ? List.of() : List.of(one);
        }
        List<Deadline> rules = use.optionalList("deadline", node -> deadline(node, use.reading(), what));
        return rules == null ? null : List.copyOf(rules);
    }

    @SuppressWarnings("NullAway") // a model with holes, see FlowReader
    private static @Nullable Deadline deadline(Node node, Reading reading, String what) {
        String which = "the deadline of " + what;
        return YamlMap.of(node, reading, which, "when", "from", "working-days", "calendar-days", "own-advice")
                .map(map -> {
                    Condition when = PartReader.when(map, which);
                    boolean working = map.has("working-days");
                    if (working == map.has("calendar-days")) {
                        reading.problem(map.location(), which + " needs one of 'working-days' or 'calendar-days'");
                        return null;
                    }
                    int count = map.integer(working ? "working-days" : "calendar-days", 1, 1, MAX_COUNT);
                    return when == null ? null : new Deadline(when, map.string("from"), count, working,
                            map.optionalText("own-advice"), map.location());
                }).orElse(null);
    }
}
