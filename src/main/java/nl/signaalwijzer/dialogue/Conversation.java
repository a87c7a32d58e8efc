package nl.signaalwijzer.dialogue;

import java.util.List;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.Node;
import nl.signaalwijzer.flow.Outcome;
import nl.signaalwijzer.flow.Question;

/** Where a conversation stands: the transcript so far and the next question, or the outcome. */
public record Conversation(Flow flow, List<Turn> transcript, Node next) {

    public boolean finished() {
        return next instanceof Outcome;
    }

    public Question question() {
        return next instanceof Question q ? q : null;
    }

    public Outcome outcome() {
        return next instanceof Outcome o ? o : null;
    }

    /** The answers that lead here, e.g. to carry them in the next form. */
    public List<Answer> answers() {
        return transcript.stream().map(t -> new Answer(t.question().id(), t.option().id())).toList();
    }
}
