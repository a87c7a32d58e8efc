package nl.signaalwijzer.dialogue;

import static nl.signaalwijzer.dialogue.PathReading.actionIds;
import static nl.signaalwijzer.dialogue.PathReading.allTexts;
import static nl.signaalwijzer.dialogue.PathReading.forEachPath;
import static nl.signaalwijzer.dialogue.PathReading.given;
import static nl.signaalwijzer.dialogue.PathReading.isAnyOf;
import static nl.signaalwijzer.dialogue.PathReading.joined;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.flow.Option;
import nl.signaalwijzer.flow.Question;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The promises of flow format v2 (issue 10), checked on every path of the bundled flows listed here:
 * one question per contract id, no dead end after an unsure first answer, integrations that answer
 * by the contract ids always get through, and help lines only where the answers allow them.
 */
class EveryPathTest {
    private static final FlowCatalog CATALOG = Fixtures.realCatalog();
    private static final String UNSURE = "unsure";
    /**
     * The question ids of the API contract (shared/contract.md) and their options, as an integration reads
     * them there: written out here, not taken from the engine, so the test checks the flows against the contract.
     */
    private static final Map<String, List<String>> CONTRACT_QUESTIONS = Map.of(
            "acute-danger", List.of("yes", "no", UNSURE),
            "perpetrator", List.of("staff", "volunteer", "manager", "relative", "client", UNSURE),
            "behaviour", List.of("neglect", "psychological", "physical", "sexual", "financial", UNSURE),
            "signals-clear", List.of("yes", "no", UNSURE),
            "serious-harm", List.of("yes", "no", UNSURE),
            "possibly-criminal", List.of("yes", "no", UNSURE),
            "can-address", List.of("yes", "no", UNSURE),
            "recent", List.of("yes", "no", UNSURE),
            "told-organisation", List.of("yes", "no", UNSURE),
            "situation", List.of("feelings", "contact-outside-work", "social-media", "relationship", "after-care-ended",
                    "overload", UNSURE));
    /** Option ids that only a contract question may ask about; a question offering them is a copy. */
    private static final Set<String> CONTRACT_ONLY_OPTIONS = contractOnlyOptions();

    private static Set<String> contractOnlyOptions() {
        Set<String> options = new HashSet<>();
        CONTRACT_QUESTIONS.forEach((id, opts) -> options.addAll(opts));
        options.removeAll(List.of("yes", "no", UNSURE));
        return Set.copyOf(options);
    }

    private static Flow flow(String id) {
        return CATALOG.flow(id).orElseThrow();
    }

    /** The question texts of the contract ids, in every bundled flow, normalised for comparison. */
    private static Map<String, String> contractQuestionTexts() {
        Map<String, String> texts = new HashMap<>();
        for (Flow flow : CATALOG.flows().values()) {
            for (Question question : flow.questions()) {
                if (CONTRACT_QUESTIONS.containsKey(question.id())) {
                    texts.put(normalised(question.text().nl()), question.id());
                }
            }
        }
        return texts;
    }

    private static String normalised(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " ").trim();
    }

    @ParameterizedTest
    @ValueSource(strings = {"medewerker", "client", "naaste", "zelf"})
    void noQuestionIsARenamedCopyOfAContractQuestion(String flowId) {
        Map<String, String> contractTexts = contractQuestionTexts();
        SoftAssertions softly = new SoftAssertions();
        for (Question question : flow(flowId).questions()) {
            if (CONTRACT_QUESTIONS.containsKey(question.id())) {
                continue;
            }
            String what = flowId + ": question '" + question.id() + "'";
            softly.assertThat(contractTexts.get(normalised(question.text().nl())))
                    .as(what + " asks the same as a contract question").isNull();
            softly.assertThat(question.options()).extracting(Option::id)
                    .as(what + " offers the options of a contract question").doesNotContainAnyElementsOf(CONTRACT_ONLY_OPTIONS);
            for (String contractId : CONTRACT_QUESTIONS.keySet()) {
                softly.assertThat(question.id()).as(what + " is named after contract question '" + contractId + "'")
                        .doesNotEndWith("-" + contractId).doesNotStartWith(contractId + "-");
            }
        }
        softly.assertAll();
    }

    @ParameterizedTest
    @ValueSource(strings = {"medewerker", "client", "naaste", "zelf"})
    void anUnsureFirstAnswerLeadsToAQuestionLedByUrgentAdviceNeverStraightToAnOutcome(String flowId)
            throws AnswerMismatch {
        Flow flow = flow(flowId);
        Conversation next = Dialogue.replay(flow, List.of(new Answer(flow.startQuestion().id(), UNSURE)));

        assertThat(next.finished()).as("'unsure' on the first question ends the conversation").isFalse();
        assertThat(next.urgent()).as("the next question leads with what to do at once").isNotEmpty();
        assertThat(next.urgent()).allMatch(action -> action.urgent());
    }

    @ParameterizedTest
    @ValueSource(strings = {"medewerker", "client", "naaste", "zelf"})
    void answeringByTheContractIdsAndUnsureToAnythingElseAlwaysReachesAnOutcome(String flowId) throws AnswerMismatch {
        Flow flow = flow(flowId);
        List<List<Answer>> open = new ArrayList<>(List.of(List.of()));
        int outcomes = 0;
        while (!open.isEmpty()) {
            List<Answer> answers = open.remove(open.size() - 1);
            Conversation conversation = Dialogue.replay(flow, answers);
            if (conversation.finished()) {
                outcomes++;
                continue;
            }
            Question question = conversation.question();
            List<String> choices = CONTRACT_QUESTIONS.containsKey(question.id())
                    ? question.options().stream().map(Option::id).toList()
                    : List.of(UNSURE);
            for (String choice : choices) {
                List<Answer> more = new ArrayList<>(answers);
                more.add(new Answer(question.id(), choice));
                open.add(more);
            }
        }
        assertThat(outcomes).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"medewerker", "client", "naaste", "zelf"})
    void theCentreForSexualViolenceShowsOnlyWhereTheAnswersAllowSexualViolence(String flowId) {
        forEachPath(flow(flowId), (path, softly) -> {
            boolean shown = actionIds(path).contains("centrum-seksueel-geweld")
                    || joined(allTexts(path)).contains("Centrum Seksueel Geweld");
            if (shown) {
                softly.assertThat(given(path).get("behaviour")).as(path.line()).isIn("sexual", "unsure");
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"medewerker", "client", "naaste", "zelf"})
    void veiligThuisShowsOnlyWhereARelativeCouldBeTheOne(String flowId) {
        forEachPath(flow(flowId), (path, softly) -> {
            boolean shown = actionIds(path).contains("veilig-thuis") || joined(allTexts(path)).contains("Veilig Thuis");
            if (shown) {
                softly.assertThat(isAnyOf(given(path).get("perpetrator"), "relative", UNSURE))
                        .as(path.line()).isTrue();
            }
        });
    }
}
