package nl.signaalwijzer.web.rendering;

import nl.signaalwijzer.web.http.Json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import com.fasterxml.jackson.databind.util.RawValue;
import nl.signaalwijzer.dialogue.Conversation;
import nl.signaalwijzer.dialogue.Turn;
import nl.signaalwijzer.flow.Advice;
import nl.signaalwijzer.flow.Contact;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.flow.Lang;
import nl.signaalwijzer.flow.Phase;
import nl.signaalwijzer.flow.Question;
import nl.signaalwijzer.flow.ResolvedAction;
import nl.signaalwijzer.flow.Text;
import org.jspecify.annotations.Nullable;

/**
 * A conversation as the JSON of the API contract (v1), in one language: what {@link ConversationView}
 * is for the HTML pages. A pure function of its arguments, so a prepared answer is byte-identical.
 */
public final class ConversationJson {

    private ConversationJson() {
    }

    static byte[] bytes(Conversation conversation, FlowCatalog catalog, Lang lang) {
        return Json.bytes(body(conversation, catalog, lang));
    }

    /** With a marker in place of each action's contacts ({@link SplicedPages}): {@code marks} gives it. */
    static byte[] marked(Conversation conversation, FlowCatalog catalog, Lang lang, Function<ScopedPart, String> marks) {
        return Json.bytes(body(conversation, catalog, lang, marks));
    }

    public static Map<String, Object> body(Conversation conversation, FlowCatalog catalog, Lang lang) {
        return body(conversation, catalog, lang, null);
    }

    private static Map<String, Object> body(Conversation conversation, FlowCatalog catalog, Lang lang,
                                            @Nullable Function<ScopedPart, String> marks) {
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
                ? outcome(conversation.advice(), lang, marks)
                : question(conversation.question(), conversation.help(), conversation.urgent(), lang, marks));
        return body;
    }

    private static Map<String, Object> question(Question question, @Nullable Text help, List<ResolvedAction> urgent,
                                                Lang lang, @Nullable Function<ScopedPart, String> marks) {
        Map<String, Object> next = new LinkedHashMap<>();
        next.put("type", "question");
        next.put("id", question.id());
        next.put("text", question.text().in(lang));
        if (help != null) {
            next.put("help", help.in(lang));
        }
        List<Map<String, Object>> options = new ArrayList<>();
        question.options().forEach(o -> {
            Map<String, Object> option = new LinkedHashMap<>();
            option.put("id", o.id());
            option.put("label", o.label().in(lang));
            options.add(option);
        });
        next.put("options", options);
        if (!urgent.isEmpty()) {
            // contract v1.1, additive: only present after an answer that signals danger
            next.put("urgent", urgent.stream().map(a -> action(a, lang, marks)).toList());
        }
        return next;
    }

    /** The outcome as this path shows it: only the actions, paragraphs and sources whose conditions hold. */
    private static Map<String, Object> outcome(Advice advice, Lang lang, @Nullable Function<ScopedPart, String> marks) {
        Map<String, Object> next = new LinkedHashMap<>();
        next.put("type", "outcome");
        next.put("id", advice.outcome().id());
        next.put("title", advice.title().in(lang));
        next.put("text", paragraphs(advice.text(), lang));
        next.put("actions", advice.actions().stream().map(a -> action(a, lang, marks)).toList());
        next.put("why", paragraphs(advice.why(), lang));
        next.put("nextSteps", paragraphs(advice.nextSteps(), lang));
        next.put("always", paragraphs(advice.always(), lang));
        List<Map<String, Object>> sources = new ArrayList<>();
        advice.sources().forEach(s -> {
            Map<String, Object> source = new LinkedHashMap<>();
            source.put("title", s.title().in(lang));
            source.put("ref", s.ref().in(lang));
            sources.add(source);
        });
        next.put("sources", sources);
        return next;
    }

    /** Paragraphs as one string, separated by a blank line (the validator ensures there is at least one). */
    private static String paragraphs(List<Text> paragraphs, Lang lang) {
        return Text.paragraphs(paragraphs).map(joined -> joined.in(lang)).orElse("");
    }

    private static Map<String, Object> action(ResolvedAction action, Lang lang,
                                              @Nullable Function<ScopedPart, String> marks) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", action.id());
        item.put("title", action.title().in(lang));
        item.put("text", action.text().in(lang));
        item.put("urgent", action.urgent());
        item.put("steps", action.steps().stream().map(s -> s.in(lang)).toList());
        // the one part of the JSON that differs per organisation; marked, it is put in per organisation
        item.put("contacts", marks == null ? action.contacts().stream().map(c -> contact(c, lang)).toList()
                : new RawValue(marks.apply(new ScopedPart.JsonContacts(
                        action.contacts().stream().map(Contact::id).toList(), lang))));
        // additive (v1.2's checklist flows): the time group and who usually does it, where the flow says them
        Phase phase = action.phase();
        if (phase != null) {
            item.put("phase", Map.of("id", phase.id(), "title", phase.title().in(lang)));
        }
        if (action.who() != null) {
            item.put("who", action.who().in(lang));
        }
        return item;
    }

    /**
     * As on the page ({@link ConversationView#contact}), an example contact is its role only: its number and
     * hours are fill-in placeholders, and the number is one string in Dutch ("vul in: telefoonnummer") that
     * an integration would show, or dial, as a number in any language.
     */
    static Map<String, Object> contact(Contact contact, Lang lang) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("name", contact.name().in(lang));
        if (contact.example()) {
            item.put("example", true);
            return item;
        }
        if (contact.phone() != null) {
            item.put("phone", contact.phone());
        }
        if (contact.url() != null) {
            item.put("url", contact.url());
        }
        if (contact.hours() != null) {
            item.put("hours", contact.hours().in(lang));
        }
        return item;
    }
}
