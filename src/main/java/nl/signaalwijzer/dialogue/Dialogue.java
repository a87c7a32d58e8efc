package nl.signaalwijzer.dialogue;

import java.util.ArrayList;
import java.util.List;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.Node;
import nl.signaalwijzer.flow.Option;
import nl.signaalwijzer.flow.Question;

/**
 * The engine: replays the answers so far through a flow. A pure function of its arguments, so the
 * server keeps no conversation state and any instance can answer any request.
 */
public final class Dialogue {

    private Dialogue() {
    }

    /**
     * @throws AnswerMismatch naming the index of the first answer that does not fit at its position
     */
    public static Conversation replay(Flow flow, List<Answer> answers) throws AnswerMismatch {
        List<Turn> transcript = new ArrayList<>(answers.size());
        Node current = flow.startQuestion();
        for (int i = 0; i < answers.size(); i++) {
            Answer answer = answers.get(i);
            if (!(current instanceof Question question)) {
                throw new AnswerMismatch(i, AnswerMismatch.Reason.AFTER_OUTCOME,
                        "answer " + i + " comes after the conversation has ended");
            }
            if (!question.id().equals(answer.question())) {
                throw new AnswerMismatch(i, AnswerMismatch.Reason.WRONG_QUESTION,
                        "answer " + i + " answers question '" + answer.question() + "', but the question at this point is '"
                                + question.id() + "'");
            }
            Option option = question.option(answer.option()).orElse(null);
            if (option == null) {
                throw new AnswerMismatch(i, AnswerMismatch.Reason.UNKNOWN_OPTION, "answer " + i + " chooses '"
                        + answer.option() + "', which is not an option of question '" + question.id() + "'");
            }
            transcript.add(new Turn(question, option));
            current = flow.node(option.next()).orElseThrow();
        }
        return new Conversation(flow, List.copyOf(transcript), current);
    }
}
