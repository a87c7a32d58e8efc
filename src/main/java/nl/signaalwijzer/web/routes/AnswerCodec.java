package nl.signaalwijzer.web.routes;

import nl.signaalwijzer.web.http.HttpError;

import java.util.ArrayList;
import java.util.List;
import nl.signaalwijzer.dialogue.Answer;

/** Answers as they travel in the page's hidden fields: {@code question:option}. */
final class AnswerCodec {
    /** Far more than any real path is deep; anything longer is junk and is refused before replaying. */
    static final int MAX_ANSWERS = 100;

    private AnswerCodec() {
    }

    static List<Answer> decode(List<String> values) {
        if (values.size() > MAX_ANSWERS) {
            throw tooMany();
        }
        List<Answer> answers = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            int colon = value.indexOf(':');
            if (colon <= 0 || colon == value.length() - 1 || value.length() > 200) {
                throw new HttpError(400, "malformed-answer", new nl.signaalwijzer.flow.Text(
                        "Een antwoord op deze pagina is niet goed meegekomen.",
                        "One of the answers on this page did not come through correctly."), i);
            }
            answers.add(new Answer(value.substring(0, colon), value.substring(colon + 1)));
        }
        return answers;
    }

    static HttpError tooMany() {
        return HttpError.badRequest("too-many-answers", "Er kwamen veel te veel antwoorden mee.",
                "Far too many answers were sent.");
    }
}
