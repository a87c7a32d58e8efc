package nl.signaalwijzer.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import nl.signaalwijzer.dialogue.Answer;
import nl.signaalwijzer.dialogue.Conversation;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.flow.Lang;
import nl.signaalwijzer.flow.Text;

/**
 * The HTML pages. The whole conversation runs at one URL ({@link #CONVERSATION}) by POST, with the
 * answers so far in hidden fields: nothing in the address bar, nothing kept on the server.
 */
final class PageRoutes {
    static final String CONVERSATION = "/gesprek";

    private final Supplier<FlowCatalog> catalog;
    private final PageRenderer renderer;
    private final PreparedPagesHolder prepared;

    PageRoutes(Supplier<FlowCatalog> catalog, PageRenderer renderer, PreparedPagesHolder prepared) {
        this.catalog = catalog;
        this.renderer = renderer;
        this.prepared = prepared;
    }

    void start(Context ctx) {
        Lang lang = queryLang(ctx);
        FlowCatalog current = catalog.get();
        PreparedPages pages = prepared.of(current);
        if (pages != null) {
            Pages.send(ctx, Pages.HTML_TYPE, pages.start(lang));
            return;
        }
        Pages.html(ctx, renderer.start(current, lang));
    }

    void conversation(Context ctx) {
        requireForm(ctx);
        FormBody form = FormBody.parse(RequestBody.bytes(ctx));
        String flowId = form.last("flow");
        if (flowId == null || flowId.isBlank()) {
            throw HttpError.badRequest("missing-flow", "Er ontbreekt welke vragenlijst je gebruikt.",
                    "It is missing which set of questions you are using.");
        }
        FlowCatalog current = catalog.get();
        Flow flow = current.flow(flowId).orElseThrow(HttpError::unknownFlow);
        Lang lang = formLang(form);
        List<Answer> answers = AnswerCodec.decode(form.all("a"));
        String edit = form.last("edit");
        if (edit != null) {
            answers = answers.subList(0, editIndex(edit, answers.size()));
        }
        PreparedPages pages = prepared.of(current);
        PreparedPages.Body ready = pages == null ? null : pages.html(flow.id(), lang, answers);
        if (ready != null) {
            Pages.send(ctx, Pages.HTML_TYPE, ready);
            return;
        }
        Conversation conversation = Answers.replay(flow, answers);
        Pages.html(ctx, renderer.conversation(conversation, current, lang));
    }

    private static int editIndex(String edit, int answerCount) {
        try {
            int index = Integer.parseInt(edit);
            if (index >= 0 && index < answerCount) {
                return index;
            }
        } catch (NumberFormatException notANumber) {
            // falls through to the error below
        }
        throw HttpError.badRequest("invalid-edit", "Dit antwoord kunnen we niet wijzigen.", "We cannot change this answer.");
    }

    private static void requireForm(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).split(";")[0].strip()
                .equals("application/x-www-form-urlencoded")) {
            throw new HttpError(415, "unsupported-media-type", new Text(
                    "Deze pagina verwacht een gewoon formulier.", "This page expects a plain form."));
        }
    }

    private static Lang formLang(FormBody form) {
        String wanted = form.last("switch-lang") != null ? form.last("switch-lang") : form.last("lang");
        if (wanted == null) {
            return Lang.NL;
        }
        return Lang.parse(wanted).orElseThrow(() -> HttpError.badRequest("invalid-lang",
                "Deze taal kennen we niet.", "We do not know this language."));
    }

    static Lang queryLang(Context ctx) {
        return Lang.parse(ctx.queryParam("lang")).orElse(Lang.NL);
    }
}
