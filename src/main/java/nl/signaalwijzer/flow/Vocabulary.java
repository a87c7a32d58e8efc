package nl.signaalwijzer.flow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The stable ids of the API contract: which action ids exist, and the options of contract questions.
 * Read from {@code contract.yaml} in the jar, data a policy officer cannot change (the flows folder can be
 * changed; this file cannot), and compared with the contract's own tables by a test.
 */
final class Vocabulary {
    static final String UNSURE = "unsure";

    private static final Map<String, Object> CONTRACT = read();

    static final Set<String> ACTIONS = Set.copyOf(actions());

    /** Contract question id -> its exact options. A flow that asks one of these must offer exactly these. */
    static final Map<String, List<String>> QUESTIONS = questions();

    private Vocabulary() {
    }

    private static Map<String, Object> read() {
        try (InputStream in = Vocabulary.class.getResourceAsStream("/contract.yaml")) {
            if (in == null) {
                throw new IllegalStateException("contract.yaml is missing from the jar");
            }
            return new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Set<String> actions() {
        return new LinkedHashSet<>((List<String>) CONTRACT.get("actions"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> questions() {
        Map<String, List<String>> questions = new LinkedHashMap<>();
        ((Map<String, List<Object>>) Objects.requireNonNull(CONTRACT.get("questions"))).forEach((id, options) ->
                questions.put(id, options.stream().map(String::valueOf).toList()));
        return Map.copyOf(questions);
    }
}
