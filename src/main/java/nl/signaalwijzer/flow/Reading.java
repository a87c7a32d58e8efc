package nl.signaalwijzer.flow;

import java.util.List;

/** The problems found while reading one file; turns YAML marks (0-based) into 1-based locations. */
final class Reading {
    private final String file;
    private final List<Problem> problems;

    Reading(String file, List<Problem> problems) {
        this.file = file;
        this.problems = problems;
    }

    String file() {
        return file;
    }

    // SnakeYAML's Node by its full name: Node in this package is a question or an outcome.
    Location at(org.yaml.snakeyaml.nodes.Node node) {
        return new Location(file, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
    }

    void problem(Location location, String message) {
        problems.add(new Problem(location, message));
    }

    void problem(org.yaml.snakeyaml.nodes.Node node, String message) {
        problem(at(node), message);
    }

}
