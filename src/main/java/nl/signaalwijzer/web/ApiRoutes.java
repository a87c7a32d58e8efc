package nl.signaalwijzer.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import nl.signaalwijzer.dialogue.Answer;
import nl.signaalwijzer.dialogue.Conversation;
import nl.signaalwijzer.dialogue.Turn;
import nl.signaalwijzer.flow.Advice;
import nl.signaalwijzer.flow.Contact;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.flow.Lang;
import nl.signaalwijzer.flow.Question;
import nl.signaalwijzer.flow.ResolvedAction;
import nl.signaalwijzer.flow.Text;

/** The JSON API of the contract (v1): the flows, and one conversation step per request. */
final class ApiRoutes {
    private static final Set<String> REQUEST_FIELDS = Set.of("answers", "lang");

    private final Supplier<FlowCatalog> catalog;
    private final PreparedPagesHolder prepared;

    ApiRoutes(Supplier<FlowCatalog> catalog, PreparedPagesHolder prepared) {
        this.catalog = catalog;
        this.prepared = prepared;
    }

    void flows(Context ctx) {
        Lang lang = PageRoutes.queryLang(ctx);
        List<Map<String, Object>> flows = new ArrayList<>();
        for (Flow flow : catalog.get().flows().values()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", flow.id());
            item.put("title", flow.title().in(lang));
            item.put("description", flow.description().in(lang));
            item.put("version", flow.version());
            flows.add(item);
        }
        send(ctx, Map.of("flows", flows));
    }

    void conversation(Context ctx) {
        FlowCatalog current = catalog.get();
        Flow flow = current.flow(ctx.pathParam("flowId")).orElseThrow(HttpError::unknownFlow);
        RequestBody.requireType(ctx, "application/json", new Text(
                "Stuur het verzoek als JSON (Content-Type: application/json).",
                "Send the request as JSON (Content-Type: application/json)."));
        JsonNode request = parse(RequestBody.utf8(RequestBody.bytes(ctx)));
        Lang lang = lang(request);
        List<Answer> answers = answers(request);
        PreparedPages pages = prepared.of(current);
        PreparedPages.Body ready = pages == null ? null : pages.json(flow.id(), lang, answers);
        if (ready != null) {
            Pages.send(ctx, JSON_TYPE, ready);
            return;
        }
        Conversation conversation = Answers.replay(flow, answers);
        send(ctx, body(conversation, current, lang));
    }

    private static JsonNode parse(String body) {
        try {
            JsonNode node = Json.MAPPER.readTree(body);
            if (node == null || !node.isObject()) {
                throw invalid("The request must be a JSON object with an 'answers' list.");
            }
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                if (!REQUEST_FIELDS.contains(field)) {
                    throw invalid("Unknown field '" + field + "'; allowed: answers, lang.");
                }
            }
            return node;
        } catch (JsonProcessingException e) {
            throw HttpError.badRequest("malformed-json", "Het verzoek is geen geldige JSON.", "The request is not valid JSON.");
        }
    }

    private static Lang lang(JsonNode request) {
        JsonNode lang = request.get("lang");
        if (lang == null || lang.isNull()) {
            return Lang.NL;
        }
        return Lang.parse(lang.isTextual() ? lang.asText() : null)
                .orElseThrow(() -> invalid("'lang' must be \"nl\" or \"en\"."));
    }

    private static List<Answer> answers(JsonNode request) {
        JsonNode list = request.get("answers");
        if (list == null || !list.isArray()) {
            throw invalid("'answers' must be a list (empty to start).");
        }
        if (list.size() > AnswerCodec.MAX_ANSWERS) {
            throw AnswerCodec.tooMany();
        }
        List<Answer> answers = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            JsonNode question = item.get("question");
            JsonNode option = item.get("option");
            if (!item.isObject() || item.size() != 2 || question == null || !question.isTextual()
                    || option == null || !option.isTextual()) {
                throw new HttpError(400, "invalid-request", new Text(
                        "Antwoord " + i + " moet precies 'question' en 'option' bevatten.",
                        "Answer " + i + " must hold exactly 'question' and 'option'."), i);
            }
            answers.add(new Answer(question.asText(), option.asText()));
        }
        return answers;
    }

    private static HttpError invalid(String english) {
        return new HttpError(400, "invalid-request", new Text(english, english));
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
                ? outcome(conversation.advice(), lang)
                : question(conversation.question(), conversation.urgent(), lang));
        return body;
    }

    private static Map<String, Object> question(Question question, List<ResolvedAction> urgent, Lang lang) {
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
        if (!urgent.isEmpty()) {
            // contract v1.1, additive: only present after an answer that signals danger
            next.put("urgent", urgent.stream().map(a -> action(a, lang)).toList());
        }
        return next;
    }

    private static Map<String, Object> outcome(Advice advice, Lang lang) {
        Map<String, Object> next = new LinkedHashMap<>();
        next.put("type", "outcome");
        next.put("id", advice.outcome().id());
        next.put("title", advice.outcome().title().in(lang));
        next.put("text", paragraphs(advice.text(), lang));
        next.put("actions", advice.actions().stream().map(a -> action(a, lang)).toList());
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

    /** Paragraphs as one string, separated by a blank line. */
    private static String paragraphs(List<Text> paragraphs, Lang lang) {
        Text joined = Text.paragraphs(paragraphs);
        return joined == null ? "" : joined.in(lang);
    }

    private static Map<String, Object> action(ResolvedAction action, Lang lang) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", action.id());
        item.put("title", action.title().in(lang));
        item.put("text", action.text().in(lang));
        item.put("urgent", action.urgent());
        item.put("steps", action.steps().stream().map(s -> s.in(lang)).toList());
        item.put("contacts", action.contacts().stream().map(c -> contact(c, lang)).toList());
        return item;
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

    static final String JSON_TYPE = "application/json; charset=utf-8";

    static void send(Context ctx, Object body) {
        ctx.contentType(JSON_TYPE).result(bytes(body));
    }

    static byte[] bytes(Object body) {
        try {
            return Json.MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
