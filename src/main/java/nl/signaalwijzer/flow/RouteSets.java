package nl.signaalwijzer.flow;

import java.util.Objects;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A flow's named route sets ({@code routes:} at the top of the file): rule lists written once, with a
 * name, and used by options as {@code next: {route: name}}. They take the place of YAML anchors, which
 * a policy officer cannot follow or search for. Reading resolves each use to the rules; which names are
 * unknown or unused is left to {@link FlowValidator}, from {@link #uses()}.
 */
final class RouteSets {
    /** A named list of {@code next} rules, as written under {@code routes:}. */
    record RouteSet(String name, List<Route> rules, Location location) {
    }

    /** An option's {@code next: {route: name}}; {@code what} names the option for messages. */
    record Use(String name, String what, Location location) {
    }

    private final Map<String, RouteSet> sets;
    private final List<Use> uses = new ArrayList<>();

    private RouteSets(Map<String, RouteSet> sets) {
        this.sets = sets;
    }

    /** The optional {@code routes:} of a flow: a name, then its rules, for each set. */
    static RouteSets read(YamlMap flow) {
        if (!flow.has("routes")) {
            return new RouteSets(Map.of());
        }
        Reading reading = flow.reading();
        Node routes = Objects.requireNonNull(flow.raw("routes")); // has("routes") said so
        if (!(routes instanceof MappingNode mapping)) {
            reading.problem(routes, "field 'routes' of the flow must give each set of rules a name,"
                    + " e.g. 'after-behaviour:' followed by its rules");
            return new RouteSets(Map.of());
        }
        Map<String, RouteSet> sets = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            // duplicate names are already refused by the YAML reader (no duplicate keys)
            if (!(tuple.getKeyNode() instanceof ScalarNode key) || key.getValue().isBlank()) {
                reading.problem(tuple.getKeyNode(), "each route set under 'routes' needs a name");
                continue;
            }
            String name = key.getValue().strip();
            List<Route> rules = PartReader.rules(tuple.getValueNode(), reading, "route '" + name + "'");
            if (tuple.getValueNode() instanceof SequenceNode sequence && sequence.getValue().isEmpty()) {
                reading.problem(key, "route '" + name + "' has no rules");
            }
            sets.put(name, new RouteSet(name, rules, reading.at(key)));
        }
        return new RouteSets(sets);
    }

    /** The rules of set {@code name} (none if it is not defined), remembering the use for the validator. */
    List<Route> use(String name, String what, Location at) {
        uses.add(new Use(name, what, at));
        RouteSet set = sets.get(name);
        return set == null ? List.of() : set.rules();
    }

    Map<String, RouteSet> sets() {
        return sets;
    }

    List<Use> uses() {
        return List.copyOf(uses);
    }
}
