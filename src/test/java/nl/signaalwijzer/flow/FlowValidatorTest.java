package nl.signaalwijzer.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.signaalwijzer.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** One broken fixture per rule (src/test/resources/fixtures/broken/RULE), with its exact message(s). */
class FlowValidatorTest {

    static Stream<Arguments> brokenFixtures() {
        return Stream.of(
                Arguments.of("unknown-reference", List.of(
                        "tiny.yaml:25:9: option 'no' of question 'worried' leads to unknown question or outcome 'nowhere'",
                        "tiny.yaml:56:5: outcome 'alert' can never be reached from start 'acute-danger'")),
                Arguments.of("duplicate-id", List.of(
                        "tiny.yaml:56:5: duplicate id 'report' (first at line 44)")),
                Arguments.of("unreachable", List.of(
                        "tiny.yaml:56:5: outcome 'alert' can never be reached from start 'acute-danger'")),
                Arguments.of("cycle", List.of(
                        "tiny.yaml:6:5: question 'acute-danger' leads back to itself: acute-danger -> worried -> acute-danger")),
                Arguments.of("no-outcome", List.of(
                        "tiny.yaml:18:5: question 'worried' has no options, so it never reaches an outcome",
                        "tiny.yaml:35:5: outcome 'report' can never be reached from start 'acute-danger'",
                        "tiny.yaml:47:5: outcome 'alert' can never be reached from start 'acute-danger'")),
                Arguments.of("no-unsure", List.of(
                        "tiny.yaml:18:5: question 'worried' has no 'unsure' option")),
                Arguments.of("source-without-gloss", List.of(
                        "sources.yaml:4:5: source 'Leidraad Veilige zorgrelatie, stroomschema' is glossed twice in sources.yaml",
                        "tiny.yaml:42:9: source 'Leidraad Veilige zorgrelatie' has no English gloss in sources.yaml",
                        "tiny.yaml:54:9: source 'Leidraad Veilige zorgrelatie' has no English gloss in sources.yaml",
                        "tiny.yaml:65:9: source 'Leidraad Veilige zorgrelatie' has no English gloss in sources.yaml")),
                Arguments.of("missing-translation", List.of(
                        "tiny.yaml:19:11: this text has no 'en' version (flow 'tiny' offers nl, en)")),
                Arguments.of("action-outside-vocabulary", List.of(
                        "tiny.yaml:60:9: outcome 'alert' uses action 'do-nothing', which is not in the contract vocabulary")),
                Arguments.of("action-not-defined", List.of(
                        "tiny.yaml:60:9: outcome 'alert' uses action 'observe', which actions.yaml does not define")),
                Arguments.of("actions-file-outside-vocabulary", List.of(
                        "actions.yaml:13:5: action id 'stay-calm' is not in the contract vocabulary",
                        "tiny.yaml:60:9: outcome 'alert' uses action 'stay-alert', which actions.yaml does not define")),
                Arguments.of("unknown-field", List.of(
                        "tiny.yaml:15:9: unknown field 'nxt' in an option of question 'acute-danger' (allowed: id, label, next, urgent, icon)")),
                Arguments.of("missing-field", List.of(
                        "tiny.yaml:32:5: missing field 'why' in outcome 'danger'")),
                Arguments.of("duplicate-key", List.of(
                        "tiny.yaml:35:5: duplicate key 'text' in an outcome (first at line 34)")),
                Arguments.of("yaml-syntax", List.of(
                        "tiny.yaml:3:1: not valid YAML: expected ',' or '}', but got <scalar>")),
                Arguments.of("unknown-contact", List.of(
                        "actions.yaml:2:5: action 'call-112' names contact 'alarm-113', which organisation.yaml does not define")),
                Arguments.of("start-not-question", List.of(
                        "tiny.yaml:4:8: start 'danger' is not a question of this flow")),
                Arguments.of("id-not-file-name", List.of(
                        "tiny.yaml:1:1: flow id 'small' must be the file name 'tiny'")),
                Arguments.of("contract-options", List.of(
                        "tiny.yaml:6:5: question 'acute-danger' must have exactly the contract options yes, no, unsure"
                                + " (has yes, no, maybe, unsure)")),
                Arguments.of("urgent-after-calm", List.of(
                        "tiny.yaml:37:9: outcome 'danger' lists urgent action 'call-112' after 'report-internally': "
                                + "urgent actions come first")),
                Arguments.of("too-many-steps", List.of(
                        "tiny.yaml:48:9: outcome 'report' has 6 steps; at most 5 keep it readable")),
                Arguments.of("too-many-steps-added", List.of(
                        "tiny.yaml:54:9: outcome 'report' has 6 steps for action 'report-internally' (4 of the action's"
                                + " own, 2 added by 'steps' here); at most 5 keep it readable")),
                Arguments.of("steps-and-replace-steps", List.of(
                        "tiny.yaml:53:11: action 'report-internally' of outcome 'report' has both 'steps' and"
                                + " 'replace-steps': write 'steps' to add steps after the action's own, or"
                                + " 'replace-steps' to show other steps instead")),
                Arguments.of("bad-id", List.of(
                        "tiny.yaml:56:5: id 'Alert_Now' must be lowercase letters and digits joined by '-'")),
                Arguments.of("empty-file", List.of(
                        "organisation.yaml:1:1: the file is empty")),
                Arguments.of("not-utf8", List.of(
                        "tiny.yaml:1:1: the file is not valid UTF-8 text")),
                // flow format v2
                Arguments.of("condition-unknown-question", List.of(
                        "tiny.yaml:28:19: condition names unknown question 'mood'")),
                Arguments.of("condition-unknown-option", List.of(
                        "tiny.yaml:28:19: condition names option 'maybe', which question 'acute-danger' does not have")),
                Arguments.of("condition-not-answered", List.of(
                        "tiny.yaml:38:15: condition names question 'worried', which is not answered on every path"
                                + " that reaches it (not on: acute-danger=yes)")),
                Arguments.of("bad-condition", List.of(
                        "tiny.yaml:28:19: the condition ('when') of a rule of 'next' in option 'no' of question 'worried'"
                                + " must name at least one question and its option(s), e.g. {behaviour: sexual}")),
                Arguments.of("next-without-fallback", List.of(
                        "tiny.yaml:28:13: the 'next' rules of option 'no' of question 'worried' have no fallback:"
                                + " the last rule must have no 'when'")),
                Arguments.of("fallback-not-last", List.of(
                        "tiny.yaml:28:13: the 'next' rules of option 'no' of question 'worried' must have exactly one"
                                + " fallback (a rule without 'when'), as the last rule")),
                Arguments.of("skip-answer-not-an-option", List.of(
                        "tiny.yaml:20:9: a skip rule of question 'worried' answers 'maybe', which is not an option"
                                + " of question 'worried'")),
                Arguments.of("urgent-not-urgent", List.of(
                        "tiny.yaml:9:9: option 'yes' of question 'acute-danger' names action 'report-internally' as"
                                + " urgent, but actions.yaml does not mark it urgent: true",
                        "tiny.yaml:9:9: option 'yes' of question 'acute-danger' names urgent action 'stay-calm',"
                                + " which actions.yaml does not define")),
                Arguments.of("unreachable-through-rules", List.of(
                        "tiny.yaml:21:5: question 'worried' can never be reached from start 'acute-danger'",
                        "tiny.yaml:47:5: outcome 'report' can never be reached from start 'acute-danger'",
                        "tiny.yaml:59:5: outcome 'alert' can never be reached from start 'acute-danger'")),
                Arguments.of("outcome-shows-nothing", List.of(
                        "tiny.yaml:56:5: outcome 'alert' shows no text on some paths (e.g. acute-danger=no worried=no):"
                                + " every part of it has a 'when' that does not hold there")),
                // named route sets
                Arguments.of("route-unknown", List.of(
                        "tiny.yaml:33:23: option 'unsure' of question 'worried' uses route 'worries', which 'routes:'"
                                + " does not define (routes: worry)")),
                Arguments.of("route-unused", List.of(
                        "tiny.yaml:8:3: route 'unused' is not used by any option: use it as 'next: {route: unused}',"
                                + " or remove it")),
                Arguments.of("route-named-like-a-node", List.of(
                        "tiny.yaml:6:3: route 'report' has the name of a question or outcome: give it another name, so"
                                + " 'next: report' and 'next: {route: report}' cannot be mixed up")),
                Arguments.of("route-not-rules", List.of(
                        "tiny.yaml:7:5: route 'worry' must be a list of rules ('- when: ...' and 'to: ...')",
                        "tiny.yaml:47:5: outcome 'report' can never be reached from start 'acute-danger'")),
                Arguments.of("glossary-unknown-flow", List.of(
                        "glossary.yaml:6:7: the explanation 'for' flow 'tinny' names no flow of this directory (flows: tiny)")),
                Arguments.of("flow-wording", List.of(
                        "tiny.yaml:8:5: the flow words action 'report-internally' twice (first at line 6)",
                        "tiny.yaml:8:5: the flow's wording of action 'report-internally' names contact 'nobody',"
                                + " which organisation.yaml does not define",
                        "tiny.yaml:10:5: the flow words action 'police', which actions.yaml does not define")),
                // pictograms: the files in static/pictograms/ (see pictograms/README.md)
                Arguments.of("unknown-pictogram", List.of(
                        "tiny.yaml:7:11: the icon of the flow's wording of action 'report-internally' names pictogram"
                                + " '1F6A8', which static/pictograms/ does not have (write a file name there without"
                                + " '.svg', e.g. 1F4DE; see pictograms/README.md)",
                        "tiny.yaml:14:15: the icon of option 'yes' of question 'acute-danger' names pictogram '1F4DF',"
                                + " which static/pictograms/ does not have (write a file name there without '.svg', e.g."
                                + " 1F4DE; see pictograms/README.md)")),
                Arguments.of("pictogram-not-a-name", List.of(
                        "tiny.yaml:14:15: the icon of option 'no' of question 'acute-danger' names pictogram"
                                + " 'phone.svg', which static/pictograms/ does not have (write a file name there without"
                                + " '.svg', e.g. 1F4DE; see pictograms/README.md)")));
    }

    /** One fixture per lint rule (fixtures/lint/RULE over the valid fixture): it loads, with exactly this warning. */
    static Stream<Arguments> lintFixtures() {
        return Stream.of(
                Arguments.of("rule-never-applies",
                        "tiny.yaml:28:13: warning: the rule to 'report' of option 'no' of question 'worried'"
                                + " never applies on any path"),
                Arguments.of("skip-never-applies",
                        "tiny.yaml:20:9: warning: the skip rule of question 'worried' never applies on any path"),
                Arguments.of("part-never-shows",
                        "tiny.yaml:46:15: warning: this part never shows: its condition (acute-danger=no) holds"
                                + " on no path that reaches it"),
                Arguments.of("part-always-shows",
                        "tiny.yaml:60:15: warning: this part shows on every path that reaches it (worried=no);"
                                + " it needs no 'when'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lintFixtures")
    void warnsAboutEachLintFixtureWithItsExactMessage(String rule, String expected) {
        assertThat(FlowLoader.load(Fixtures.lintFixture(rule)).warnings()).extracting(Problem::toString)
                .containsExactly(expected);
    }

    @Test
    void everyLintFixtureDirectoryHasATest() throws java.io.IOException {
        List<String> tested = lintFixtures().map(a -> (String) a.get()[0]).toList();
        try (Stream<java.nio.file.Path> dirs = java.nio.file.Files.list(Fixtures.FIXTURES.resolve("lint"))) {
            assertThat(dirs.map(d -> d.getFileName().toString())).containsExactlyInAnyOrderElementsOf(tested);
        }
    }

    @Test
    void theV2FixtureUsesEveryFeatureWithoutAProblemOrWarning() {
        assertThat(Fixtures.v2Fixture().warnings()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFixtures")
    void refusesEachBrokenFixtureWithItsExactMessages(String rule, List<String> expected) {
        assertThatThrownBy(() -> FlowLoader.load(Fixtures.fixture(rule)))
                .isInstanceOfSatisfying(FlowException.class, e ->
                        assertThat(e.problems()).extracting(Problem::toString).containsExactlyElementsOf(expected));
    }

    @Test
    void everyBrokenFixtureDirectoryHasATest() {
        List<String> tested = brokenFixtures().map(a -> (String) a.get()[0]).toList();
        try (Stream<java.nio.file.Path> dirs = java.nio.file.Files.list(Fixtures.FIXTURES.resolve("broken"))) {
            assertThat(dirs.map(d -> d.getFileName().toString())).containsExactlyInAnyOrderElementsOf(tested);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theValidFixtureLoads() {
        FlowCatalog catalog = Fixtures.validFixture();
        assertThat(catalog.flows()).containsOnlyKeys("tiny");
        assertThat(catalog.flow("tiny").orElseThrow().version()).matches("[0-9a-f]{10}");
    }

    @Test
    void reportsEveryProblemAtOnceAcrossFiles() {
        assertThatThrownBy(() -> FlowLoader.load(Fixtures.fixture("no-unsure", "unknown-contact")))
                .isInstanceOfSatisfying(FlowException.class, e -> assertThat(e.problems()).hasSize(2)
                        .extracting(p -> p.location().file()).containsExactly("actions.yaml", "tiny.yaml"));
    }

    @Test
    void aMissingSharedFileIsNamed() {
        Map<String, byte[]> files = new HashMap<>(Fixtures.fixture().files());
        files.remove("actions.yaml");
        assertThatThrownBy(() -> FlowLoader.load(new FlowFiles("somewhere", files)))
                .isInstanceOfSatisfying(FlowException.class, e -> assertThat(e.problems()).extracting(Problem::toString)
                        .contains("actions.yaml:1:1: the file is missing from somewhere"));
    }

    @Test
    void theVersionChangesWithTheFlowAndWithTheSharedFiles() {
        String original = Fixtures.validFixture().flow("tiny").orElseThrow().version();
        Map<String, byte[]> changedFlow = new HashMap<>(Fixtures.fixture().files());
        changedFlow.put("tiny.yaml", (new String(changedFlow.get("tiny.yaml"), StandardCharsets.UTF_8)
                .replace("Klein", "Kleiner")).getBytes(StandardCharsets.UTF_8));
        Map<String, byte[]> changedContacts = new HashMap<>(Fixtures.fixture().files());
        changedContacts.put("organisation.yaml", (new String(changedContacts.get("organisation.yaml"),
                StandardCharsets.UTF_8).replace("Testzorg", "Testzorg Noord")).getBytes(StandardCharsets.UTF_8));

        assertThat(FlowLoader.load(new FlowFiles("x", changedFlow)).flow("tiny").orElseThrow().version())
                .isNotEqualTo(original);
        assertThat(FlowLoader.load(new FlowFiles("x", changedContacts)).flow("tiny").orElseThrow().version())
                .isNotEqualTo(original);
        assertThat(Fixtures.validFixture().flow("tiny").orElseThrow().version()).isEqualTo(original);
    }

    @Test
    void theBundledFlowsPassTheValidator() {
        FlowCatalog catalog = Fixtures.realCatalog();
        assertThat(catalog.flows()).containsKey("medewerker");
        // Every contract action is defined (the ontvanger flow, contract v1.2, uses the last twelve).
        assertThat(catalog.actions().keySet()).containsExactlyInAnyOrderElementsOf(Vocabulary.ACTIONS);
    }
}
