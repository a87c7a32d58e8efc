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
 * @param urgent the actions to lead the next question with (empty at an outcome: they are in its advice)
 * @param advice the outcome's content for this path, or null while a question is next
 */
public record Conversation(Flow flow, List<Turn> turns, Node next, List<ResolvedAction> urgent, Advice advice) {

    public boolean finished() {
        return next instanceof Outcome;
    }

    public Question question() {
        return next instanceof Question q ? q : null;
    }

    public Outcome outcome() {
        return next instanceof Outcome o ? o : null;
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
        Question question = question();
        return question == null ? null : question.help(given());
    }

    /** The answers the user gave that lead here, e.g. to carry them in the next form. */
    public List<Answer> answers() {
        return transcript().stream().map(t -> new Answer(t.question().id(), t.option().id())).toList();
    }
}
