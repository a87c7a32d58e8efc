package nl.signaalwijzer.web.routes;

import nl.signaalwijzer.web.http.HttpError;

import java.util.List;
import nl.signaalwijzer.dialogue.AnswerMismatch;
import nl.signaalwijzer.dialogue.Answer;
import nl.signaalwijzer.dialogue.Conversation;
import nl.signaalwijzer.dialogue.Dialogue;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.Text;

/** Replays answers for the web layer, turning a mismatch into a calm 400 that names the answer. */
final class Answers {

    private Answers() {
    }

    static Conversation replay(Flow flow, List<Answer> answers) {
        try {
            return Dialogue.replay(flow, answers);
        } catch (AnswerMismatch mismatch) {
            throw new HttpError(400, mismatch.reason().code(), new Text(
                    "De vragen zijn misschien net veranderd. Je antwoorden passen er niet meer bij. Begin daarom opnieuw.",
                    "The questions may have just changed. Your answers no longer fit them. Please start again."),
                    mismatch.index(), "(" + mismatch.getMessage() + ")");
        }
    }
}
