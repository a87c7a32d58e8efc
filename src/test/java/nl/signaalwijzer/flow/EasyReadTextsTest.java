package nl.signaalwijzer.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The Makkelijk lezen words (issue 19) keep the writing rules of {@code ../shared/domain/easy-read.md}, each
 * file on its own: the client flow, the client's glossary explanations and the page words. And the client
 * flow has them for every text it has in Dutch, so no screen falls back to B1 halfway.
 */
class EasyReadTextsTest {
    private static final String EASY = "nl-x-easy";

    @ParameterizedTest
    @ValueSource(strings = {"flows/client.yaml", "flows/glossary.yaml", "src/main/resources/ui-text.yaml"})
    void theEasyWordsKeepTheWritingRules(String file) throws IOException {
        ReadabilityCheck.ParsedFile parsed = parse(Path.of(file));
        List<Problem> problems = EasyReadCheck.check(List.of(parsed), EASY);
        String measured = average(parsed.root());
        System.out.println(file + ": " + measured);
        assertThat(measured).as(file + " has " + EASY + " texts").doesNotStartWith("0 sentences");
        assertThat(problems).extracting(Problem::toString).isEmpty();
    }

    @Test
    void everyDutchTextOfTheClientFlowHasEasyWords() throws IOException {
        List<String> missing = new ArrayList<>();
        missingEasy(parse(Path.of("flows/client.yaml")).root(), missing);
        assertThat(missing).as("texts with nl but without " + EASY + " (line:column)").isEmpty();
    }

    private static void missingEasy(Node node, List<String> missing) {
        if (node instanceof SequenceNode sequence) {
            sequence.getValue().forEach(item -> missingEasy(item, missing));
        } else if (node instanceof MappingNode mapping) {
            List<String> keys = mapping.getValue().stream()
                    .map(t -> t.getKeyNode() instanceof ScalarNode k ? k.getValue() : "").toList();
            if (keys.contains("nl") && !keys.contains(EASY)) {
                missing.add("client.yaml:" + (node.getStartMark().getLine() + 1) + ":" + (node.getStartMark().getColumn() + 1));
            }
            mapping.getValue().forEach(t -> missingEasy(t.getValueNode(), missing));
        }
    }

    /** Sentences and words of the easy texts, counting a text shared by an anchor once, as the check does. */
    private static String average(Node root) {
        long[] counts = new long[2];
        List<Node> seen = new ArrayList<>();
        count(root, counts, seen);
        return String.format(Locale.ROOT, "%d sentences, %d words, average %.2f", counts[0], counts[1],
                counts[0] == 0 ? 0.0 : (double) counts[1] / counts[0]);
    }

    private static void count(Node node, long[] counts, List<Node> seen) {
        if (seen.stream().anyMatch(n -> n == node)) {
            return;
        }
        seen.add(node);
        if (node instanceof SequenceNode sequence) {
            sequence.getValue().forEach(item -> count(item, counts, seen));
        } else if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                boolean easy = tuple.getKeyNode() instanceof ScalarNode k && k.getValue().equals(EASY);
                if (easy && tuple.getValueNode() instanceof ScalarNode text) {
                    if (seen.stream().noneMatch(n -> n == text)) {
                        seen.add(text);
                        for (SentenceSplitter.Sentence sentence : SentenceSplitter.split(text.getValue())) {
                            counts[0]++;
                            counts[1] += SentenceSplitter.countWords(sentence.words());
                        }
                    }
                } else {
                    count(tuple.getValueNode(), counts, seen);
                }
            }
        }
    }

    private static ReadabilityCheck.ParsedFile parse(Path path) throws IOException {
        String text = Files.readString(path);
        return new ReadabilityCheck.ParsedFile(path.getFileName().toString(), text,
                new Yaml().compose(new StringReader(text)));
    }
}
