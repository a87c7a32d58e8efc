package nl.signaalwijzer.organisation;

import java.util.List;
import java.util.stream.Collectors;
import nl.signaalwijzer.flow.Problem;

/**
 * The organisations folder cannot be served at start: every problem, as {@code file:line:column: message}, so all
 * can be fixed in one go (as {@code lint-organisations} prints them). Later reloads never throw this.
 */
public final class OrganisationsException extends RuntimeException {
    private final List<Problem> problems;

    OrganisationsException(List<Problem> problems) {
        super(problems.stream().sorted().map(Problem::toString).collect(Collectors.joining("\n")));
        this.problems = problems.stream().sorted().toList();
    }

    public List<Problem> problems() {
        return problems;
    }
}
