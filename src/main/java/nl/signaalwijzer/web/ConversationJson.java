package nl.signaalwijzer.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.signaalwijzer.dialogue.Conversation;
import nl.signaalwijzer.dialogue.Turn;
import nl.signaalwijzer.flow.Contact;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.flow.Lang;
import nl.signaalwijzer.flow.Outcome;
import nl.signaalwijzer.flow.Question;
import nl.signaalwijzer.flow.ResolvedAction;

/**
 * A conversation as the JSON of the API contract (v1), in one language: what {@link ConversationView}
 * is for the HTML pages. A pure function of its arguments, so a prepared answer is byte-identical.
 */
final class ConversationJson {

    private ConversationJson() {
    }

    static byte[] bytes(Conversation conversation, FlowCatalog catalog, Lang lang) {
        return Json.bytes(body(conversation, catalog, lang));
    }

    static Map<String, Object> body(Conversation conversation, FlowCatalog catalog, Lang lang) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("flow", conversation.flow().id());
        body.put("version", conversation.flow().version());
        body.put("lang", lang.code());
        List<Map<String, Object>> transcript = new ArrayList<>();
        for (Turn turn : conversation.transcript()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("question", turn.question().id());
            line.put("text", turn.question().text().in(lang));
            line.put("option", turn.option().id());
            line.put("label", turn.option().label().in(lang));
            transcript.add(line);
        }
        body.put("transcript", transcript);
        body.put("next", conversation.finished()
                ? outcome(conversation.outcome(), catalog, lang)
                : question(conversation.question(), lang));
        return body;
    }

    private static Map<String, Object> question(Question question, Lang lang) {
        Map<String, Object> next = new LinkedHashMap<>();
        next.put("type", "question");
        next.put("id", question.id());
        next.put("text", question.text().in(lang));
        if (question.help() != null) {
            next.put("help", question.help().in(lang));
        }
        List<Map<String, Object>> options = new ArrayList<>();
        question.options().forEach(o -> {
            Map<String, Object> option = new LinkedHashMap<>();
            option.put("id", o.id());
            option.put("label", o.label().in(lang));
            options.add(option);
        });
        next.put("options", options);
        return next;
    }

    private static Map<String, Object> outcome(Outcome outcome, FlowCatalog catalog, Lang lang) {
        Map<String, Object> next = new LinkedHashMap<>();
        next.put("type", "outcome");
        next.put("id", outcome.id());
        next.put("title", outcome.title().in(lang));
        next.put("text", outcome.text().in(lang));
        List<Map<String, Object>> actions = new ArrayList<>();
        for (ResolvedAction action : catalog.actionsOf(outcome)) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", action.id());
            item.put("title", action.title().in(lang));
            item.put("text", action.text().in(lang));
            item.put("urgent", action.urgent());
            item.put("steps", action.steps().stream().map(s -> s.in(lang)).toList());
            item.put("contacts", action.contacts().stream().map(c -> contact(c, lang)).toList());
            actions.add(item);
        }
        next.put("actions", actions);
        next.put("why", outcome.why().in(lang));
        next.put("nextSteps", outcome.nextSteps().in(lang));
        next.put("always", outcome.always().in(lang));
        List<Map<String, Object>> sources = new ArrayList<>();
        outcome.sources().forEach(s -> {
            Map<String, Object> source = new LinkedHashMap<>();
            source.put("title", s.title());
            source.put("ref", s.ref());
            sources.add(source);
        });
        next.put("sources", sources);
        return next;
    }

    private static Map<String, Object> contact(Contact contact, Lang lang) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("name", contact.name().in(lang));
        if (contact.phone() != null) {
            item.put("phone", contact.phone());
        }
        if (contact.url() != null) {
            item.put("url", contact.url());
        }
        if (contact.hours() != null) {
            item.put("hours", contact.hours().in(lang));
        }
        if (contact.example()) {
            item.put("example", true);
        }
        return item;
    }
}
