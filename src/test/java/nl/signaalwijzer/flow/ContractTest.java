package nl.signaalwijzer.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * contract.yaml (in the jar) says exactly what the API contract's tables say: every question id with its
 * options, every action id. The contract lives beside the project ({@code ../shared/contract.md}, or
 * {@code -Dcontract.md=<path>}); where it is not there (a bare checkout) this test says so and is skipped.
 */
class ContractTest {
    private static final Path CONTRACT = Path.of(System.getProperty("contract.md", "../shared/contract.md"));
    private static final Pattern ID = Pattern.compile("`([a-z0-9-]+)`");

    /** The contract's tables: rows of three cells are questions (id | flows | options), of two under "Action ids" actions. */
    private record Tables(Map<String, List<String>> questions, Set<String> actions) {
    }

    private static Tables read() throws IOException {
        assumeTrue(Files.exists(CONTRACT), "no contract at " + CONTRACT.toAbsolutePath() + " to compare with");
        Map<String, List<String>> questions = new LinkedHashMap<>();
        Set<String> actions = new LinkedHashSet<>();
        boolean actionTable = false;
        for (String line : Files.readAllLines(CONTRACT)) {
            if (line.startsWith("#")) {
                actionTable = line.contains("Action ids");
                continue;
            }
            if (!line.startsWith("|") || line.startsWith("|---")) {
                continue;
            }
            String[] cells = line.substring(1).split("\\|");
            Matcher first = ID.matcher(cells[0]);
            if (!first.find() || cells[0].contains("path")) {
                continue;
            }
            if (cells.length >= 3) {
                List<String> options = new ArrayList<>();
                Matcher option = ID.matcher(cells[2]);
                while (option.find()) {
                    options.add(option.group(1));
                }
                questions.put(first.group(1), options);
            } else if (actionTable) {
                actions.add(first.group(1));
            }
        }
        return new Tables(questions, actions);
    }

    @Test
    void everyQuestionIdHasExactlyTheContractsOptions() throws IOException {
        Tables contract = read();
        assertThat(contract.questions()).hasSizeGreaterThan(10);
        assertThat(Vocabulary.QUESTIONS).containsExactlyInAnyOrderEntriesOf(contract.questions());
    }

    @Test
    void everyActionIdIsTheContracts() throws IOException {
        Tables contract = read();
        assertThat(contract.actions()).hasSizeGreaterThan(30);
        assertThat(Vocabulary.ACTIONS).containsExactlyInAnyOrderElementsOf(contract.actions());
    }
}
