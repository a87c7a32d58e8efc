package nl.signaalwijzer.flow;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A question with fixed options; {@code help} may be null; {@code skip} rules leave it out when the answer is known. */
public record Question(String id, Text text, @Nullable Text help, List<Skip> skip, List<Option> options, Location location)
        implements Node {

    public Optional<Option> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }

    /** The option taken without asking, when a skip rule holds for the answers so far. */
    public Optional<Option> implied(Map<String, String> answers) {
        for (Skip rule : skip) {
            if (rule.when().holds(answers)) {
                return option(rule.answer());
            }
        }
        return Optional.empty();
    }
}
