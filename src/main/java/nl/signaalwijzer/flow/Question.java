package nl.signaalwijzer.flow;

import java.util.List;
import java.util.Optional;

/** A question with fixed options; {@code help} may be null. */
public record Question(String id, Text text, Text help, List<Option> options, Location location) implements Node {

    public Optional<Option> option(String optionId) {
        return options.stream().filter(o -> o.id().equals(optionId)).findFirst();
    }
}
