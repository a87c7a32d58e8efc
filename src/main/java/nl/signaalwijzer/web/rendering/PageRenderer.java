package nl.signaalwijzer.web.rendering;


import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.signaalwijzer.dialogue.Conversation;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.flow.Lang;
import nl.signaalwijzer.flow.Language;
import org.jspecify.annotations.Nullable;

/**
 * Renders the start page, a conversation page or fragment and a conversation's JSON: pure functions of
 * their arguments. The safety shell comes from the catalog given (its kiosk settings) and the server's
 * settings, never from the request or from whichever catalog happens to be in use: a page rendered
 * ahead for one catalog is exactly the page rendered for a request while that catalog is in use.
 */
public final class PageRenderer {

    /**
     * A flow on the start page, in the page's language, or when it does not offer that one, in the language
     * the page's language names for that ({@code otherwise}: Makkelijk lezen offers the other flows in Dutch).
     */
    record FlowChoice(String id, String tag, String title, String description, @Nullable Object otherLanguage) {
    }

    record OtherLanguage(String htmlLang, String dir) {
    }

    private final Views views;
    private final Function<FlowCatalog, SafetyShell> shell;
    private final OutcomeQr qr = new OutcomeQr();
    private final PagePictograms pictograms;

    public PageRenderer(Views views, Function<FlowCatalog, SafetyShell> shell) {
        this.views = views;
        this.shell = shell;
        this.pictograms = new PagePictograms(views::staticUrl);
    }

    /**
     * The renderer as the server has it: the quick exit leads to an organisation's own {@code quick-exit-url}, or
     * where it has none, to {@code quickExitUrl}.
     */
    public static PageRenderer of(StaticAssets assets, String quickExitUrl) {
        return new PageRenderer(new Views(assets::rewrite), shells(quickExitUrl));
    }

    /** How the server makes the safety shell of an organisation's flows (its kiosk settings and quick exit). */
    public static Function<FlowCatalog, SafetyShell> shells(String serverQuickExitUrl) {
        return catalog -> SafetyShell.of(serverQuickExitUrl, catalog.organisation());
    }

    SafetyShell shell(FlowCatalog catalog) {
        return shell.apply(catalog);
    }

    /**
     * The start page: the flows offered in {@code lang} first, then the others in the language it falls back to.
     * A flow for staff only ({@code on-kiosk: false}, whoever receives a report) stands apart, after every route
     * for the person who is worried, under its own heading; a kiosk does not show it at all.
     */
    public String start(FlowCatalog catalog, Lang lang) {
        return start(catalog, lang, shell(catalog));
    }

    /** The start page with a mark in place of what differs per organisation (see {@link PreparedPages}). */
    String markedStart(FlowCatalog catalog, Lang lang, Function<ScopedPart, String> marks) {
        return start(catalog, lang, marked(catalog, marks));
    }

    private String start(FlowCatalog catalog, Lang lang, SafetyShell shell) {
        List<FlowChoice> flows = new ArrayList<>();
        List<FlowChoice> others = new ArrayList<>();
        List<FlowChoice> staff = new ArrayList<>();
        boolean kiosk = catalog.organisation().kiosk().enabled();
        for (Flow flow : catalog.flows().values()) {
            if (!flow.onKiosk() && kiosk) {
                continue;
            }
            Lang shown = catalog.languageOf(flow, lang);
            Language language = catalog.languages().of(shown);
            boolean same = shown.equals(lang);
            (!flow.onKiosk() ? staff : same ? flows : others).add(new FlowChoice(flow.id(), shown.tag(),
                    flow.title().in(shown), flow.description().in(shown),
                    same ? null : new OtherLanguage(language.htmlLang(), language.direction())));
        }
        flows.addAll(others);
        PageLanguage page = PageLanguage.of(catalog, lang);
        return views.render("start", Pages.base(page, page.word("appName"),
                Map.of("flows", flows, "staffFlows", staff, "hasStaffFlows", !staff.isEmpty(), "here", "")),
                shell);
    }

    public String conversation(Conversation conversation, FlowCatalog catalog, Lang lang) {
        return conversation(conversation, catalog, lang, null);
    }

    /** @param changing the answer being changed ({@code question:option}), marked on the question asked again */
    public String conversation(Conversation conversation, FlowCatalog catalog, Lang lang, @Nullable String changing) {
        return conversation(conversation, catalog, lang, changing, TypedDays.NONE);
    }

    /** @param typed the days typed in on a checklist outcome: its deadlines shown as dates (not an answer, never kept) */
    public String conversation(Conversation conversation, FlowCatalog catalog, Lang lang, @Nullable String changing,
                               TypedDays typed) {
        SafetyShell shell = shell(catalog);
        return views.render("conversation", ConversationView.model(conversation, catalog, lang, changing, typed, qr,
                pictograms, part -> part.render(catalog, shell)), shell);
    }

    /** The conversation page with a mark in place of what differs per organisation (see {@link PreparedPages}). */
    String markedConversation(Conversation conversation, FlowCatalog catalog, Lang lang, Function<ScopedPart, String> marks) {
        return views.render("conversation", ConversationView.model(conversation, catalog, lang, null, TypedDays.NONE,
                qr, pictograms, marks), marked(catalog, marks));
    }

    /** The fragment with a mark in place of what differs per organisation (see {@link PreparedPages}). */
    String markedFragment(Conversation conversation, FlowCatalog catalog, Lang lang, Function<ScopedPart, String> marks) {
        return views.render("fragment", ConversationView.model(conversation, catalog, lang, qr, pictograms, marks),
                marked(catalog, marks));
    }

    /** The shell with a mark where its quick exit goes: the one part of it that differs per organisation on a phone. */
    private SafetyShell marked(FlowCatalog catalog, Function<ScopedPart, String> marks) {
        SafetyShell shell = shell(catalog);
        return new SafetyShell(shell.root(), marks.apply(new ScopedPart.QuickExit()), shell.exitHost(), shell.kiosk(),
                shell.idleSeconds(), shell.countdownSeconds());
    }

    /** Only the new chat bubbles, for {@code chat.js} (see {@code PageRoutes.FRAGMENT_HEADER}). */
    public String fragment(Conversation conversation, FlowCatalog catalog, Lang lang) {
        SafetyShell shell = shell(catalog);
        return views.render("fragment", ConversationView.model(conversation, catalog, lang, qr, pictograms,
                part -> part.render(catalog, shell)), shell);
    }

    public static byte[] json(Conversation conversation, FlowCatalog catalog, Lang lang) {
        return ConversationJson.bytes(conversation, catalog, lang);
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
