package nl.signaalwijzer.web.routes;

import nl.signaalwijzer.web.http.HttpError;
import nl.signaalwijzer.web.http.Json;
import nl.signaalwijzer.web.http.QueryLang;
import nl.signaalwijzer.web.http.RequestBody;
import nl.signaalwijzer.web.rendering.ConversationJson;
import nl.signaalwijzer.web.rendering.Pages;
import nl.signaalwijzer.web.rendering.PreparedPages;
import nl.signaalwijzer.web.rendering.PreparedPagesHolder;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.signaalwijzer.dialogue.Answer;
import nl.signaalwijzer.dialogue.Conversation;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.flow.Lang;
import nl.signaalwijzer.flow.Text;

/** The JSON API of the contract (v1): the flows, and one conversation step per request. */
public final class ApiRoutes {
    private static final Set<String> REQUEST_FIELDS = Set.of("answers", "lang");

    private final Scopes scopes;
    private final PreparedPagesHolder prepared;

    public ApiRoutes(Scopes scopes, PreparedPagesHolder prepared) {
        this.scopes = scopes;
        this.prepared = prepared;
    }

    public void flows(Context ctx) {
        FlowCatalog current = scopes.of(ctx).catalog();
        Lang asked = QueryLang.of(ctx);
        List<Map<String, Object>> flows = new ArrayList<>();
        for (Flow flow : current.flows().values()) {
            Lang lang = current.languageOf(flow, asked);
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", flow.id());
            item.put("title", flow.title().in(lang));
            item.put("description", flow.description().in(lang));
            item.put("version", flow.version());
            item.put("languages", flow.languages().stream().map(Lang::tag).toList());
            flows.add(item);
        }
        Json.send(ctx, Map.of("flows", flows));
    }

    public void conversation(Context ctx) {
        RequestScope scope = scopes.of(ctx);
        FlowCatalog current = scope.catalog();
        Flow flow = current.flow(ctx.pathParam("flowId")).orElseThrow(HttpError::unknownFlow);
        RequestBody.requireType(ctx, "application/json", new Text(
                "Stuur het verzoek als JSON (Content-Type: application/json).",
                "Send the request as JSON (Content-Type: application/json)."));
        JsonNode request = parse(RequestBody.utf8(RequestBody.bytes(ctx)));
        Lang lang = lang(request, flow);
        List<Answer> answers = answers(request);
        // prepared once for every organisation (the API has no QR codes: a kiosk's are as anyone's)
        PreparedPages pages = prepared.of(scope.flows());
        PreparedPages.Body ready = pages == null ? null : pages.json(flow.id(), lang, answers);
        if (ready != null) {
            Pages.send(ctx, Json.TYPE, ready, current);
            return;
        }
        Conversation conversation = Answers.replay(flow, answers);
        Json.send(ctx, ConversationJson.body(conversation, current, lang));
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

    /** The language asked for: one the flow offers (v1.3), or a 400 {@code unknown-language} naming those it does. */
    private static Lang lang(JsonNode request, Flow flow) {
        JsonNode lang = request.get("lang");
        if (lang == null || lang.isNull()) {
            return Lang.NL;
        }
        return Lang.parse(lang.isTextual() ? lang.asText() : null).filter(flow::offers)
                .orElseThrow(() -> HttpError.badRequest("unknown-language", "Deze taal heeft deze vragenlijst niet.",
                        "This flow does not offer this language; it offers "
                                + String.join(", ", flow.languages().stream().map(l -> "\"" + l.tag() + "\"").toList())
                                + "."));
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
}
