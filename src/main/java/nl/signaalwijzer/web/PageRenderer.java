package nl.signaalwijzer.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.signaalwijzer.dialogue.Conversation;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.flow.Lang;

/** Renders the start page, a conversation page and a conversation's JSON: pure functions of their arguments. */
final class PageRenderer {

    record FlowChoice(String id, String title, String description) {
    }

    private final Views views;

    PageRenderer(Views views) {
        this.views = views;
    }

    String start(FlowCatalog catalog, Lang lang) {
        List<FlowChoice> flows = new ArrayList<>();
        for (Flow flow : catalog.flows().values()) {
            flows.add(new FlowChoice(flow.id(), flow.title().in(lang), flow.description().in(lang)));
        }
        return views.render("start", Pages.base(lang, UiText.in(lang).get("appName"), Map.of("flows", flows)));
    }

    String conversation(Conversation conversation, FlowCatalog catalog, Lang lang) {
        return views.render("conversation", ConversationView.model(conversation, catalog, lang));
    }

    static byte[] json(Conversation conversation, FlowCatalog catalog, Lang lang) {
        return ApiRoutes.bytes(ApiRoutes.body(conversation, catalog, lang));
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
