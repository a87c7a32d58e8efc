package nl.signaalwijzer.dialogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.signaalwijzer.flow.Advice;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.Node;
import nl.signaalwijzer.flow.Outcome;
import nl.signaalwijzer.flow.Question;
import nl.signaalwijzer.flow.ResolvedAction;
import nl.signaalwijzer.flow.Text;
import org.jspecify.annotations.Nullable;

/**
 * Where a conversation stands: every turn so far (implied ones included), and the next question with
 * the urgent actions the previous answer raised, or the outcome with what it shows on this path.
 *
 * <p>Which of the two is the sealed {@link Node} {@code next}: switch on it, or ask {@link #finished()} and
 * then {@link #question()} or {@link #outcome()} and {@link #advice()}. None of them answers null: asked
 * at the wrong point they throw, so a mistake shows where it is made, not later in a template.
 *
 * @param next   the next question, or the outcome
 * @param urgent the actions to lead the next question with (empty at an outcome: they are in its advice)
 * @param advice the outcome's content for this path; null exactly while a question is next
 */
public record Conversation(Flow flow, List<Turn> turns, Node next, List<ResolvedAction> urgent,
                           @Nullable Advice advice) {

    public Conversation {
        if ((advice == null) != (next instanceof Question)) {
            throw new IllegalArgumentException("advice comes with an outcome, and only with an outcome");
        }
    }

    public boolean finished() {
        return next instanceof Outcome;
    }

    /** The next question; only while not {@link #finished()}. */
    public Question question() {
        if (next instanceof Question question) {
            return question;
        }
        throw new IllegalStateException("the conversation is finished: it has an outcome, no next question");
    }

    /** The outcome; only once {@link #finished()}. */
    public Outcome outcome() {
        if (next instanceof Outcome outcome) {
            return outcome;
        }
        throw new IllegalStateException("the conversation is not finished: it has a next question, no outcome");
    }

    /** What the outcome shows on this path; only once {@link #finished()}. */
    @Override
    public Advice advice() {
        if (advice == null) {
            throw new IllegalStateException("the conversation is not finished: there is no advice yet");
        }
        return advice;
    }

    /** The turns the user answered, as they see them: implied answers left out. */
    public List<Turn> transcript() {
        return turns.stream().filter(t -> !t.implied()).toList();
    }

    /** Question id -> option id for every turn so far, the implied ones included: what conditions see. */
    public Map<String, String> given() {
        Map<String, String> given = new LinkedHashMap<>();
        turns.forEach(turn -> given.put(turn.question().id(), turn.option().id()));
        return given;
    }

    /** The help under the next question, for the answers so far; null when it has none (or at an outcome). */
    public @Nullable Text help() {
        return finished() ? null : question().help(given());
    }

    /** The answers the user gave that lead here, e.g. to carry them in the next form. */
    public List<Answer> answers() {
        return transcript().stream().map(t -> new Answer(t.question().id(), t.option().id())).toList();
    }
}
