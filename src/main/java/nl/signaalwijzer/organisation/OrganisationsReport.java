package nl.signaalwijzer.organisation;

import java.util.List;
import nl.signaalwijzer.flow.Problem;

/**
 * What reading an organisations folder found. Serve {@code organisations} only when {@code problems} is empty;
 * {@code warnings} are for {@code lint} ({@code --strict} fails on them); {@code notes} name the contacts still
 * marked {@code example: true}, each once where it is written (never a failure).
 */
public record OrganisationsReport(Organisations organisations, List<Problem> problems, List<Problem> warnings,
                                  List<String> notes) {
}
