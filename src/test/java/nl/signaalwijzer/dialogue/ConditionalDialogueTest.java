package nl.signaalwijzer.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.flow.Advice;
import nl.signaalwijzer.flow.CitedSource;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.flow.ResolvedAction;
import nl.signaalwijzer.flow.Text;
import org.junit.jupiter.api.Test;

/** The engine rules of flow format v2, each on the small fixture flow {@code fixtures/v2/talk.yaml}. */
class ConditionalDialogueTest {
    private static final FlowCatalog CATALOG = Fixtures.v2Fixture();
    private final Flow talk = CATALOG.flow("talk").orElseThrow();

    private Conversation replay(String... answers) throws AnswerMismatch {
        List<Answer> list = new ArrayList<>();
        for (String answer : answers) {
            String[] parts = answer.split("=");
            list.add(new Answer(parts[0], parts[1]));
        }
        return Dialogue.replay(talk, list);
    }

    private static List<String> ids(List<ResolvedAction> actions) {
        return actions.stream().map(ResolvedAction::id).toList();
    }

    private static List<String> nl(List<Text> paragraphs) {
        return paragraphs.stream().map(Text::nl).toList();
    }

    // --- routing: next as a list of rules

    @Test
    void theFirstRuleThatHoldsWins() throws AnswerMismatch {
        assertThat(replay("acute-danger=yes", "kind=physical", "possibly-criminal=no").outcome().id()).isEqualTo("crime");
    }

    @Test
    void withoutAMatchingRuleTheFallbackIsTaken() throws AnswerMismatch {
        assertThat(replay("acute-danger=no", "kind=physical", "possibly-criminal=no").outcome().id()).isEqualTo("address");
    }

    // --- skip what is known

    @Test
    void aSkippedQuestionIsNotAskedAndItsImpliedAnswerRoutes() throws AnswerMismatch {
        Conversation conversation = replay("acute-danger=no", "kind=sexual");
        assertThat(conversation.outcome().id()).isEqualTo("crime");
        assertThat(conversation.turns()).extracting(t -> t.question().id() + "=" + t.option().id() + (t.implied() ? "?" : ""))
                .containsExactly("acute-danger=no", "kind=sexual", "possibly-criminal=yes?");
    }

    @Test
    void impliedAnswersAreNotInTheTranscriptTheUserSees() throws AnswerMismatch {
        Conversation conversation = replay("acute-danger=no", "kind=sexual");
        assertThat(conversation.transcript()).extracting(t -> t.question().id()).containsExactly("acute-danger", "kind");
        assertThat(conversation.answers()).containsExactly(new Answer("acute-danger", "no"), new Answer("kind", "sexual"));
    }

    @Test
    void anAnswerToASkippedQuestionIsAWrongQuestion() {
        assertThatThrownBy(() -> replay("acute-danger=no", "kind=sexual", "possibly-criminal=no"))
                .isInstanceOfSatisfying(AnswerMismatch.class, e -> {
                    assertThat(e.index()).isEqualTo(2);
                    assertThat(e.reason()).isEqualTo(AnswerMismatch.Reason.AFTER_OUTCOME);
                });
    }

    @Test
    void anAnswerToAQuestionSkippedBeforeTheNextQuestionIsAWrongQuestion() {
        assertThatThrownBy(() -> replay("acute-danger=unsure", "kind=physical"))
                .isInstanceOfSatisfying(AnswerMismatch.class, e -> {
                    assertThat(e.index()).isEqualTo(1);
                    assertThat(e.reason()).isEqualTo(AnswerMismatch.Reason.WRONG_QUESTION);
                    assertThat(e.getMessage()).isEqualTo("answer 1 answers question 'kind', but the question at this"
                            + " point is 'possibly-criminal'");
                });
    }

    @Test
    void urgentActionsRaisedBeforeASkippedQuestionLeadTheQuestionAfterIt() throws AnswerMismatch {
        Conversation conversation = replay("acute-danger=unsure");
        assertThat(conversation.question().id()).isEqualTo("possibly-criminal");
        assertThat(ids(conversation.urgent())).containsExactly("call-112");
    }

    @Test
    void aQuestionIsAskedWhenNoSkipRuleHolds() throws AnswerMismatch {
        assertThat(replay("acute-danger=no", "kind=physical").question().id()).isEqualTo("possibly-criminal");
    }

    // --- urgent steps that do not end the conversation

    @Test
    void theQuestionAfterADangerAnswerLeadsWithItsUrgentActions() throws AnswerMismatch {
        Conversation conversation = replay("acute-danger=yes");
        assertThat(conversation.question().id()).isEqualTo("kind");
        assertThat(ids(conversation.urgent())).containsExactly("call-112", "stop-behaviour");
        assertThat(conversation.urgent().get(0).urgent()).isTrue();
        assertThat(conversation.urgent().get(0).contacts()).extracting(c -> c.phone()).containsExactly("112");
    }

    @Test
    void urgentActionsBelongToTheQuestionRightAfterTheAnswerOnly() throws AnswerMismatch {
        assertThat(replay().urgent()).isEmpty();
        assertThat(replay("acute-danger=no").urgent()).isEmpty();
        assertThat(replay("acute-danger=yes", "kind=physical").urgent()).isEmpty();
    }

    @Test
    void theOutcomeShowsTheRaisedUrgentActionsFirstEachOnce() throws AnswerMismatch {
        Advice advice = replay("acute-danger=yes", "kind=physical", "possibly-criminal=yes").advice();
        assertThat(ids(advice.actions())).containsExactly("call-112", "stop-behaviour", "report-internally", "police");
    }

    @Test
    void anUrgentActionTheOutcomeListsItselfKeepsTheOutcomesWording() throws AnswerMismatch {
        Advice advice = replay("acute-danger=unsure", "possibly-criminal=yes").advice();
        assertThat(ids(advice.actions()))
                .containsExactly("call-112", "report-internally", "police", "centrum-seksueel-geweld");
        assertThat(advice.actions().get(0).text().nl()).isEqualTo("Bel 112 (uitkomst).");
    }

    // --- content that fits the answers

    @Test
    void anActionWithAConditionShowsOnlyWhereItHolds() throws AnswerMismatch {
        assertThat(ids(replay("acute-danger=no", "kind=sexual").advice().actions())).contains("centrum-seksueel-geweld");
        assertThat(ids(replay("acute-danger=no", "kind=physical", "possibly-criminal=yes").advice().actions()))
                .doesNotContain("centrum-seksueel-geweld", "call-112");
    }

    @Test
    void paragraphsShowOnlyWhereTheirConditionHolds() throws AnswerMismatch {
        Advice sexual = replay("acute-danger=no", "kind=sexual").advice();
        assertThat(nl(sexual.text())).containsExactly("Praat er niet over met de persoon.",
                "Bij seksueel geweld helpt het Centrum.");
        assertThat(nl(sexual.always())).containsExactly("Je mag altijd melden.", "Er was geen gevaar.");
        Advice physical = replay("acute-danger=yes", "kind=physical", "possibly-criminal=yes").advice();
        assertThat(nl(physical.text())).containsExactly("Praat er niet over met de persoon.");
        assertThat(nl(physical.always())).containsExactly("Je mag altijd melden.");
        assertThat(Text.paragraphs(sexual.text()).orElseThrow().nl())
                .isEqualTo("Praat er niet over met de persoon.\n\nBij seksueel geweld helpt het Centrum.");
    }

    @Test
    void aStepWithAConditionShowsOnlyWhereItHolds() throws AnswerMismatch {
        ResolvedAction withDanger = replay("acute-danger=yes", "kind=physical", "possibly-criminal=yes").advice()
                .actions().stream().filter(a -> a.id().equals("police")).findFirst().orElseThrow();
        ResolvedAction without = replay("acute-danger=no", "kind=physical", "possibly-criminal=yes").advice()
                .actions().stream().filter(a -> a.id().equals("police")).findFirst().orElseThrow();
        assertThat(nl(withDanger.steps())).containsExactly("Laat de politie het gesprek voeren.", "Zeg dat er gevaar was.");
        assertThat(nl(without.steps())).containsExactly("Laat de politie het gesprek voeren.");
    }

    @Test
    void aSourceWithAConditionShowsOnlyWhereItHolds() throws AnswerMismatch {
        assertThat(replay("acute-danger=no", "kind=sexual").advice().sources()).filteredOn(s -> !s.ownAdvice())
                .extracting(s -> s.title().nl()).containsExactly("Leidraad Veilige zorgrelatie", "Centrum Seksueel Geweld");
        assertThat(replay("acute-danger=no", "kind=physical", "possibly-criminal=yes").advice().sources())
                .filteredOn(s -> !s.ownAdvice()).extracting(s -> s.title().nl()).containsExactly("Leidraad Veilige zorgrelatie");
    }

    // --- written once: wording outcome > flow > actions.yaml

    @Test
    void theOutcomesWordingWinsThenTheFlowsThenActionsYaml() throws AnswerMismatch {
        ResolvedAction byOutcome = replay("acute-danger=no", "kind=physical", "possibly-criminal=no").advice()
                .actions().stream().filter(a -> a.id().equals("report-internally")).findFirst().orElseThrow();
        ResolvedAction byFlow = replay("acute-danger=no", "kind=physical", "possibly-criminal=yes").advice()
                .actions().stream().filter(a -> a.id().equals("report-internally")).findFirst().orElseThrow();
        assertThat(byOutcome.text().nl()).isEqualTo("Meld het (uitkomst).");
        assertThat(byFlow.text().nl()).isEqualTo("Meld het (flow).");
        assertThat(nl(byFlow.steps())).as("steps the flow does not word come from actions.yaml")
                .containsExactly("Vertel wat je zag.");
        assertThat(byFlow.contacts()).extracting(c -> c.id()).containsExactly("aandachtsfunctionaris");
    }

    // --- honest about sources: own-advice

    @Test
    void ownAdviceShownAddsOneSourceItemPerDistinctLineAfterTheRealSources() throws AnswerMismatch {
        List<CitedSource> sources = replay("acute-danger=yes", "kind=sexual").advice().sources();
        assertThat(sources).extracting(s -> s.title().nl() + " – " + s.ref().nl()).containsExactly(
                "Leidraad Veilige zorgrelatie – Stap 3",
                "Centrum Seksueel Geweld – website",
                "Signaalwijzer — eigen advies, niet uit de bronnen – 112 bij direct gevaar",
                "Signaalwijzer — eigen advies, niet uit de bronnen – Centrum Seksueel Geweld binnen 7 dagen");
        assertThat(sources.get(2).title().en()).isEqualTo("Signaalwijzer — our own advice, not from the sources");
    }

    @Test
    void ownAdviceOfAPartThatDoesNotShowIsNotListed() throws AnswerMismatch {
        List<CitedSource> sources = replay("acute-danger=yes", "kind=physical", "possibly-criminal=yes").advice().sources();
        assertThat(sources).filteredOn(CitedSource::ownAdvice).extracting(s -> s.ref().nl())
                .containsExactly("112 bij direct gevaar");
        assertThat(replay("acute-danger=no", "kind=physical", "possibly-criminal=yes").advice().sources())
                .filteredOn(CitedSource::ownAdvice).extracting(s -> s.ref().nl()).containsExactly("geen gevaar");
    }

    // --- glossary per audience

    @Test
    void aGlossaryTermMayExplainItselfPerFlow() {
        var term = CATALOG.glossary().terms().get(0);
        assertThat(term.explanationFor("talk").nl()).isEqualTo("Iemand van de organisatie die helpt bij zorgen.");
        assertThat(term.explanationFor("other").nl()).isEqualTo("De persoon bij wie je zorgen over een collega kwijt kunt.");
    }

    // --- paths

    @Test
    void pathsShowImpliedAnswersTheActionsShownAndTheConditionalPartsThatShow() {
        assertThat(FlowPath.all(talk)).extracting(FlowPath::line).contains(
                "acute-danger=yes kind=physical possibly-criminal=yes -> crime"
                        + " [call-112, stop-behaviour, report-internally, police] + police.step.2",
                "acute-danger=no kind=sexual possibly-criminal=(yes) -> crime"
                        + " [report-internally, police, centrum-seksueel-geweld] + text.2, always.2, source.2",
                "acute-danger=no kind=physical possibly-criminal=no -> address [address-directly, report-internally]");
    }

    @Test
    void everyPathReplaysFromTheAnswersAUserGives() throws AnswerMismatch {
        List<FlowPath> paths = FlowPath.all(talk);
        assertThat(paths).hasSize(17);
        for (FlowPath path : paths) {
            assertThat(Dialogue.replay(talk, path.answers())).isEqualTo(path.end());
        }
    }
}
