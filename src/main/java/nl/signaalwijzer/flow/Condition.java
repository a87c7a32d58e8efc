package nl.signaalwijzer.flow;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A {@code when} in a flow file: earlier question id -> the options that make it hold. Every question
 * must hold (AND); a list of options means any of them (OR). Data, never code, so a policy officer can
 * read it and the validator can check it against every path.
 */
public record Condition(Map<String, List<String>> options, @Nullable Location location) {
    /** No {@code when}: holds on every path. */
    public static final Condition ALWAYS = new Condition(Map.of(), null);

    public Condition {
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
    }

    /** Where this condition is written: every condition but {@link #ALWAYS}, which names no question, is. */
    public Location written() {
        if (location == null) {
            throw new IllegalStateException("'always' is written nowhere");
        }
        return location;
    }

    public boolean isAlways() {
        return options.isEmpty();
    }

    /** @param answers question id -> option id, implied answers included */
    public boolean holds(Map<String, String> answers) {
        for (Map.Entry<String, List<String>> entry : options.entrySet()) {
            String given = answers.get(entry.getKey());
            if (given == null || !entry.getValue().contains(given)) {
                return false;
            }
        }
        return true;
    }

    /** {@code behaviour=sexual|unsure recent=yes}: the form the paths files print. */
    @Override
    public String toString() {
        return options.entrySet().stream()
                .map(e -> e.getKey() + "=" + String.join("|", e.getValue()))
                .collect(Collectors.joining(" "));
    }
}
