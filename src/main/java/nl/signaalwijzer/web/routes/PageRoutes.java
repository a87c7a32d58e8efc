package nl.signaalwijzer.web.routes;

import nl.signaalwijzer.web.http.FormBody;
import nl.signaalwijzer.web.http.HttpError;
import nl.signaalwijzer.web.http.QueryLang;
import nl.signaalwijzer.web.http.RequestBody;
import nl.signaalwijzer.web.rendering.PageRenderer;
import nl.signaalwijzer.web.rendering.Pages;
import nl.signaalwijzer.web.rendering.PreparedPages;
import nl.signaalwijzer.web.rendering.PreparedPagesHolder;

import io.javalin.http.Context;
import java.util.List;
import io.javalin.http.HttpStatus;
import org.jspecify.annotations.Nullable;
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
public final class PageRoutes {
    public static final String CONVERSATION = "/gesprek";
    /**
     * Request header sent by {@code static/js/chat.js}: answer with only the new chat bubbles (the
     * {@code fragment} template, built from the same partials as the full page) instead of a whole page.
     */
    public static final String FRAGMENT_HEADER = "X-Signaalwijzer-Fragment";
    /** The button of a checklist outcome's form that sends the days its deadlines count from. */
    static final String DATES_BUTTON = "dates";

    private final Scopes scopes;
    private final PageRenderer renderer;
    private final PreparedPagesHolder prepared;

    public PageRoutes(Scopes scopes, PageRenderer renderer, PreparedPagesHolder prepared) {
        this.scopes = scopes;
        this.renderer = renderer;
        this.prepared = prepared;
    }

    public void start(Context ctx) {
        RequestScope scope = scopes.of(ctx);
        if (!scope.isDefault() && !ctx.path().endsWith("/")) {
            // every link of the page is relative to its folder (./gesprek): /o/zorggroep/zuid/, not .../zuid
            String query = ctx.queryString();
            ctx.redirect(ctx.path() + "/" + (query == null ? "" : "?" + query), HttpStatus.MOVED_PERMANENTLY);
            return;
        }
        FlowCatalog current = scope.catalog();
        Lang lang = current.pageLanguage(QueryLang.of(ctx));
        PreparedPages pages = prepared(scope);
        if (pages != null) {
            Pages.send(ctx, Pages.HTML_TYPE, pages.start(lang), current);
            return;
        }
        Pages.html(ctx, renderer.start(current, lang));
    }

    public void conversation(Context ctx) {
        RequestBody.requireType(ctx, "application/x-www-form-urlencoded", new Text(
                "Deze pagina verwacht een gewoon formulier.", "This page expects a plain form."));
        FormBody form = FormBody.parse(RequestBody.bytes(ctx));
        String flowId = form.last("flow");
        if (flowId == null || flowId.isBlank()) {
            throw HttpError.badRequest("missing-flow", "We weten niet welke vragenlijst je invulde.",
                    "We do not know which set of questions you were answering.");
        }
        RequestScope scope = scopes.of(ctx);
        FlowCatalog current = scope.catalog();
        Flow flow = current.flow(flowId)
                // a kiosk in a hall is for clients and visitors: a flow for staff only is not there
                .filter(f -> f.onKiosk() || !current.organisation().kiosk().enabled())
                .orElseThrow(HttpError::unknownFlow);
        Lang lang = formLang(form, flow);
        List<Answer> answers = AnswerCodec.decode(form.all("a"));
        if (form.last(DATES_BUTTON) != null) {
            // the days typed in on a checklist: read for this one response, never an answer, never prepared
            ctx.header("Vary", "Accept-Encoding");
            Pages.html(ctx, renderer.conversation(Answers.replay(flow, answers), current, lang, null,
                    DayInput.read(form, flow)));
            return;
        }
        String edit = form.last("edit");
        String changing = null;
        if (edit != null) {
            int index = editIndex(edit, answers.size());
            Answer changed = answers.get(index);
            changing = changed.question() + ":" + changed.option();
            answers = answers.subList(0, index);
        }
        // The same URL answers with a page or a fragment; no cache may mix them up (no-store is set too).
        ctx.header("Vary", FRAGMENT_HEADER + ", Accept-Encoding");
        // A changed answer or language always gets a whole page (the chat above it changes too).
        boolean fragment = "1".equals(ctx.header(FRAGMENT_HEADER)) && edit == null && form.last("switch-lang") == null;
        // performance: the page (or fragment) as prepared for exactly the catalog in use, if it is ready
        PreparedPages pages = prepared(scope);
        // a changed answer is marked on the question asked again: that page is not one of the prepared ones
        if (pages != null && changing == null) {
            PreparedPages.Body ready = fragment
                    ? pages.fragment(flow.id(), lang, answers)
                    : pages.html(flow.id(), lang, answers);
            if (ready != null) {
                Pages.send(ctx, Pages.HTML_TYPE, ready, current);
                return;
            }
        }
        Conversation conversation = Answers.replay(flow, answers);
        Pages.html(ctx, fragment
                ? renderer.fragment(conversation, current, lang)
                : renderer.conversation(conversation, current, lang, changing));
    }

    /**
     * The pages prepared once for every organisation and location, if they are ready; a kiosk renders its own (its QR
     * codes are its own).
     */
    private @Nullable PreparedPages prepared(RequestScope scope) {
        return scope.isKiosk() ? null : prepared.of(scope.flows());
    }

    /** The start page of the scope a conversation page was in: where "GET /gesprek" (a bookmark, a reload) is sent. */
    public void conversationByGet(Context ctx) {
        ctx.redirect(scopes.of(ctx).path() + "/", HttpStatus.SEE_OTHER);
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

    /** The language the form asks for (a switch, or the page's own): one the flow offers. */
    private static Lang formLang(FormBody form, Flow flow) {
        String wanted = form.last("switch-lang") != null ? form.last("switch-lang") : form.last("lang");
        if (wanted == null) {
            return Lang.NL;
        }
        return Lang.parse(wanted).filter(flow::offers).orElseThrow(() -> HttpError.badRequest("invalid-lang",
                "Deze taal kennen we niet.", "We do not know this language."));
    }
}
