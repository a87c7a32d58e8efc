package nl.signaalwijzer.dialogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.signaalwijzer.flow.Advice;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.Lang;
import nl.signaalwijzer.flow.Question;
import nl.signaalwijzer.flow.ResolvedAction;
import nl.signaalwijzer.flow.Text;

/**
 * Reads the pages of one path as the user meets them: each question page (the question, its help for the answers so far, the
 * options, and the urgent actions that lead it) and the outcome page (title, text, actions, why, next steps,
 * always). These are the texts the page runs the glossary over (see {@code ConversationView}).
 */
final class PageReading {

    private PageReading() {
    }

    /** Page name ("question q after a=b c=d", "outcome o on <path>") -> its texts in one language, in order. */
    static Map<String, List<String>> pagesOf(Flow flow, FlowPath path, Lang lang) {
        Map<String, List<String>> pages = new LinkedHashMap<>();
        List<Answer> answers = path.answers();
        for (int given = 0; given < answers.size(); given++) {
            Conversation conversation = replay(flow, answers.subList(0, given));
            Question question = conversation.question();
            List<String> texts = new ArrayList<>();
            texts.add(question.text().in(lang));
            if (conversation.help() != null) {
                texts.add(conversation.help().in(lang));
            }
            question.options().forEach(o -> texts.add(o.label().in(lang)));
            conversation.urgent().forEach(a -> texts.addAll(words(a, lang)));
            String after = answers.subList(0, given).stream().map(a -> a.question() + "=" + a.option())
                    .collect(Collectors.joining(" "));
            pages.put(lang.code() + " question " + question.id() + " after [" + after + "]", texts);
        }
        pages.put(lang.code() + " outcome " + path.outcome().id() + " on " + path.line(), outcomeTexts(path, lang));
        return pages;
    }

    /** The outcome page's texts in one language: title, text, actions (title, text, steps), why, next steps, always. */
    static List<String> outcomeTexts(FlowPath path, Lang lang) {
        Advice advice = path.advice();
        List<String> texts = new ArrayList<>();
        texts.add(path.advice().title().in(lang));
        advice.text().forEach(t -> texts.add(t.in(lang)));
        advice.why().forEach(t -> texts.add(t.in(lang)));
        advice.nextSteps().forEach(t -> texts.add(t.in(lang)));
        advice.always().forEach(t -> texts.add(t.in(lang)));
        advice.actions().forEach(a -> texts.addAll(words(a, lang)));
        return texts;
    }

    static List<String> words(ResolvedAction action, Lang lang) {
        List<String> words = new ArrayList<>(List.of(action.title().in(lang), action.text().in(lang)));
        action.steps().stream().map((Text step) -> step.in(lang)).forEach(words::add);
        return words;
    }

    private static Conversation replay(Flow flow, List<Answer> answers) {
        try {
            return Dialogue.replay(flow, answers);
        } catch (AnswerMismatch impossible) {
            throw new IllegalStateException("a path's own answers do not fit its flow", impossible);
        }
    }
}
