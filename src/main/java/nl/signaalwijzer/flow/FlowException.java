package nl.signaalwijzer.flow;

import java.util.List;
import java.util.stream.Collectors;

/** The flow files are broken; carries every problem found, so all can be fixed in one go. */
public final class FlowException extends RuntimeException {
    private final List<Problem> problems;

    public FlowException(List<Problem> problems) {
        super(problems.stream().sorted().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = problems.stream().sorted().toList();
    }

    public List<Problem> problems() {
        return problems;
    }
}
