package nl.signaalwijzer.flow;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A question with fixed options. {@code help}: sentences under the question, each of which may show only
 * after some answers (e.g. what counts as a crime, for the kind of behaviour chosen); {@code skip} rules
 * leave the question out when the answer is known.
 */
public record Question(String id, Text text, List<ConditionalText> help, List<Skip> skip, List<Option> options,
                       Location location) implements Node {

    /** The help that shows after these answers (implied ones included), as one text; null for none. */
    public @Nullable Text help(Map<String, String> answers) {
        List<Text> shown = help.stream().filter(p -> p.when().holds(answers)).map(ConditionalText::text).toList();
        if (shown.isEmpty()) {
            return null;
        }
        return Text.join(shown, " ");
    }

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
