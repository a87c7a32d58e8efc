package nl.signaalwijzer.flow;

import java.util.List;

/**
 * The problems found while reading one file; turns YAML marks (0-based) into 1-based locations. Public, with
 * {@link YamlMap}, so that other data read the same strict way (the organisations folder,
 * {@code nl.signaalwijzer.organisation}) reports its problems in the same words and format.
 */
public final class Reading {
    private final String file;
    private final List<Problem> problems;

    public Reading(String file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    public String file() {
        return file;
    }

    // SnakeYAML's Node by its full name: Node in this package is a question or an outcome.
    public Location at(org.yaml.snakeyaml.nodes.Node node) {
        return new Location(file, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
    }

    public void problem(Location location, String message) {
        problems.add(new Problem(location, message));
    }

    public void problem(org.yaml.snakeyaml.nodes.Node node, String message) {
        problem(at(node), message);
    }

    /** The file's text as one YAML tree (duplicate keys refused, aliases limited), or empty after reporting why not. */
    public java.util.Optional<org.yaml.snakeyaml.nodes.Node> parse(String text) {
        return FlowReader.parse(text, this);
    }
}
