package nl.signaalwijzer.dialogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.flow.Flow;
import org.junit.jupiter.api.Test;

class DialogueTest {
    private final Flow tiny = Fixtures.validFixture().flow("tiny").orElseThrow();

    @Test
    void noAnswersAsksTheStartQuestion() throws AnswerMismatch {
        Conversation conversation = Dialogue.replay(tiny, List.of());
        assertThat(conversation.transcript()).isEmpty();
        assertThat(conversation.finished()).isFalse();
        assertThat(conversation.question().id()).isEqualTo("acute-danger");
    }

    @Test
    void answersAreReplayedIntoATranscriptAndTheNextQuestion() throws AnswerMismatch {
        Conversation conversation = Dialogue.replay(tiny, List.of(new Answer("acute-danger", "no")));
        assertThat(conversation.transcript()).singleElement().satisfies(turn -> {
            assertThat(turn.question().text().nl()).isEqualTo("Is er nu gevaar?");
            assertThat(turn.option().label().nl()).isEqualTo("Nee");
        });
        assertThat(conversation.question().id()).isEqualTo("worried");
    }

    @Test
    void aCompletePathEndsInItsOutcome() throws AnswerMismatch {
        Conversation conversation = Dialogue.replay(tiny,
                List.of(new Answer("acute-danger", "no"), new Answer("worried", "no")));
        assertThat(conversation.finished()).isTrue();
        assertThat(conversation.outcome().id()).isEqualTo("alert");
        assertThat(conversation.answers()).containsExactly(new Answer("acute-danger", "no"), new Answer("worried", "no"));
    }

    @Test
    void anAnswerToAnotherQuestionNamesItsIndex() {
        assertThatThrownBy(() -> Dialogue.replay(tiny,
                List.of(new Answer("acute-danger", "no"), new Answer("acute-danger", "no"))))
                .isInstanceOfSatisfying(AnswerMismatch.class, e -> {
                    assertThat(e.index()).isEqualTo(1);
                    assertThat(e.reason()).isEqualTo(AnswerMismatch.Reason.WRONG_QUESTION);
                    assertThat(e.getMessage()).isEqualTo(
                            "answer 1 answers question 'acute-danger', but the question at this point is 'worried'");
                });
    }

    @Test
    void anUnknownOptionNamesItsIndex() {
        assertThatThrownBy(() -> Dialogue.replay(tiny, List.of(new Answer("acute-danger", "maybe"))))
                .isInstanceOfSatisfying(AnswerMismatch.class, e -> {
                    assertThat(e.index()).isZero();
                    assertThat(e.reason()).isEqualTo(AnswerMismatch.Reason.UNKNOWN_OPTION);
                });
    }

    @Test
    void anAnswerAfterTheOutcomeIsRefused() {
        assertThatThrownBy(() -> Dialogue.replay(tiny,
                List.of(new Answer("acute-danger", "yes"), new Answer("worried", "no"))))
                .isInstanceOfSatisfying(AnswerMismatch.class, e -> {
                    assertThat(e.index()).isEqualTo(1);
                    assertThat(e.reason()).isEqualTo(AnswerMismatch.Reason.AFTER_OUTCOME);
                });
    }

    @Test
    void replayIsPureTheSameAnswersGiveTheSameConversation() throws AnswerMismatch {
        List<Answer> answers = List.of(new Answer("acute-danger", "no"), new Answer("worried", "unsure"));
        Conversation first = Dialogue.replay(tiny, answers);
        Dialogue.replay(tiny, List.of(new Answer("acute-danger", "yes")));
        Conversation again = Dialogue.replay(tiny, answers);
        assertThat(again).isEqualTo(first);
    }

    @Test
    void pathsListEveryRouteInOptionOrder() {
        assertThat(FlowPath.all(tiny)).extracting(FlowPath::line).containsExactly(
                "acute-danger=yes -> danger [call-112, report-internally]",
                "acute-danger=no worried=yes -> report [report-internally]",
                "acute-danger=no worried=no -> alert [stay-alert]",
                "acute-danger=no worried=unsure -> report [report-internally]",
                "acute-danger=unsure -> danger [call-112, report-internally]");
    }

    @Test
    void everyEnumeratedPathReplaysToItsOutcome() throws AnswerMismatch {
        for (Flow flow : Fixtures.realCatalog().flows().values()) {
            for (FlowPath path : FlowPath.all(flow)) {
                assertThat(Dialogue.replay(flow, path.answers()).outcome()).isEqualTo(path.outcome());
            }
        }
    }
}
