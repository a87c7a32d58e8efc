package nl.signaalwijzer.flow;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The flow files are broken; carries every problem found, so all can be fixed in one go, and the
 * warnings found in what could be read (for {@code lint}).
 */
public final class FlowException extends RuntimeException {
    private final List<Problem> problems;
    private final List<Problem> warnings;

    FlowException(List<Problem> problems) {
        this(problems, List.of());
    }

    FlowException(List<Problem> problems, List<Problem> warnings) {
        super(problems.stream().sorted().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = problems.stream().sorted().toList();
        this.warnings = warnings.stream().sorted().toList();
    }

    public List<Problem> problems() {
        return problems;
    }

    public List<Problem> warnings() {
        return warnings;
    }
}
