package nl.signaalwijzer.dialogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.Node;
import nl.signaalwijzer.flow.Option;
import nl.signaalwijzer.flow.Outcome;
import nl.signaalwijzer.flow.Question;

/**
 * The engine: replays the answers so far through a flow. A pure function of its arguments, so the
 * server keeps no conversation state and any instance can answer any request. Skip rules and
 * conditional {@code next} rules are evaluated over the answers so far, implied ones included.
 */
public final class Dialogue {

    private Dialogue() {
    }

    /**
     * @throws AnswerMismatch naming the index of the first answer that does not fit at its position
     *                        (an answer to a question that is skipped at that point is a wrong question)
     */
    public static Conversation replay(Flow flow, List<Answer> answers) throws AnswerMismatch {
        Replay replay = new Replay(flow);
        replay.takeImpliedAnswers();
        for (int i = 0; i < answers.size(); i++) {
            replay.answer(i, answers.get(i));
            replay.takeImpliedAnswers();
        }
        return replay.conversation();
    }

    /** The state while replaying one list of answers. */
    private static final class Replay {
        private final Flow flow;
        private final List<Turn> turns = new ArrayList<>();
        private final Map<String, String> given = new LinkedHashMap<>();
        /** Urgent action ids raised on the way, in order, for the outcome. */
        private final List<String> raised = new ArrayList<>();
        /** Urgent action ids raised since the user's last answer, for the next question page. */
        private final List<String> raisedNow = new ArrayList<>();
        private Node current;

        Replay(Flow flow) {
            this.flow = flow;
            this.current = flow.startQuestion();
        }

        void answer(int index, Answer answer) throws AnswerMismatch {
            if (!(current instanceof Question question)) {
                throw new AnswerMismatch(index, AnswerMismatch.Reason.AFTER_OUTCOME,
                        "answer " + index + " comes after the conversation has ended");
            }
            if (!question.id().equals(answer.question())) {
                throw new AnswerMismatch(index, AnswerMismatch.Reason.WRONG_QUESTION,
                        "answer " + index + " answers question '" + answer.question()
                                + "', but the question at this point is '" + question.id() + "'");
            }
            Option option = question.option(answer.option()).orElse(null);
            if (option == null) {
                throw new AnswerMismatch(index, AnswerMismatch.Reason.UNKNOWN_OPTION, "answer " + index + " chooses '"
                        + answer.option() + "', which is not an option of question '" + question.id() + "'");
            }
            raisedNow.clear();
            take(question, option, false);
        }

        /** Skipped questions are answered here, without asking, for as long as a skip rule holds. */
        void takeImpliedAnswers() {
            while (current instanceof Question question) {
                Option implied = question.implied(given).orElse(null);
                if (implied == null) {
                    return;
                }
                take(question, implied, true);
            }
        }

        private void take(Question question, Option option, boolean implied) {
            if (turns.size() > flow.questions().size()) {
                // a validated flow has no cycles; this only guards against a flow that slipped through
                throw new IllegalStateException("flow '" + flow.id() + "' loops at question '" + question.id() + "'");
            }
            turns.add(new Turn(question, option, implied));
            given.put(question.id(), option.id());
            raised.addAll(option.urgent());
            raisedNow.addAll(option.urgent());
            current = option.next(given).flatMap(flow::node).orElseThrow();
        }

        Conversation conversation() {
            if (current instanceof Outcome outcome) {
                return new Conversation(flow, List.copyOf(turns), outcome, List.of(),
                        flow.advice(outcome, given, raised));
            }
            return new Conversation(flow, List.copyOf(turns), current, flow.urgentActions(raisedNow, given), null);
        }
    }
}
