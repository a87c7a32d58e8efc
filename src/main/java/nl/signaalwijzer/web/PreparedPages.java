package nl.signaalwijzer.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.function.BooleanSupplier;
import java.util.zip.Deflater;
import nl.signaalwijzer.dialogue.Answer;
import nl.signaalwijzer.dialogue.AnswerMismatch;
import nl.signaalwijzer.dialogue.Conversation;
import nl.signaalwijzer.dialogue.Dialogue;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.flow.Lang;
import nl.signaalwijzer.flow.Option;
import org.jspecify.annotations.Nullable;

/**
 * Every page of one catalog, rendered ahead: the start page, and each conversation state (a flow, a
 * language, the answers so far) as an HTML page, as the HTML fragment {@code chat.js} asks for, and as
 * API JSON, each also gzipped. Everything here is a function of the catalog (its flows, glossary and
 * kiosk settings) and the server settings only; nothing in a page depends on the request, so a
 * prepared page is byte-identical to the rendered one. They belong to one catalog object: after a
 * reload, {@link PreparedPagesHolder} never serves the pages of the catalog that was replaced. A flow has few states
 * (the medewerker flow: 85), so a conversation step is served like a static file, byte-identical to
 * rendering it. All states are prepared, breadth first up to {@link #MAX_BYTES}, never only the ones
 * someone asked for: what is here says nothing about what anyone answered. A state that is not here
 * is simply rendered.
 */
final class PreparedPages {
    /**
     * Memory budget for all prepared bytes; deeper states of very large flows are rendered on demand.
     * The four bundled flows have 277 states; in two languages, as page, fragment and JSON, each plain and
     * gzipped, that is 16.2 MiB (outcome pages are most of it). Measured with {@code -Xmx64m
     * -XX:+UseSerialGC}: 26.7 MB live heap after a full GC with all of it prepared. Only one catalog's
     * pages are kept at a time (see {@link PreparedPagesHolder}).
     */
    static final long MAX_BYTES = 20L * 1024 * 1024;

    /** A response body, and its gzip form for clients that accept it. */
    record Body(byte[] plain, byte[] gzip) {
        static Body of(byte[] plain) {
            return new Body(plain, Compression.gzip(plain, Deflater.DEFAULT_COMPRESSION));
        }

        long size() {
            return plain.length + gzip.length;
        }
    }

    record State(String flowId, Lang lang, List<Answer> answers) {
    }

    private final FlowCatalog catalog;
    private final Map<Lang, Body> start;
    private final Map<State, Body> html;
    private final Map<State, Body> fragment;
    private final Map<State, Body> json;
    private final long bytes;

    private PreparedPages(FlowCatalog catalog, Map<Lang, Body> start, Map<State, Body> html,
                          Map<State, Body> fragment, Map<State, Body> json, long bytes) {
        this.catalog = catalog;
        this.start = start;
        this.html = html;
        this.fragment = fragment;
        this.json = json;
        this.bytes = bytes;
    }

    static PreparedPages build(FlowCatalog catalog, PageRenderer renderer) {
        return build(catalog, renderer, MAX_BYTES, () -> true);
    }

    /**
     * @param wanted asked between states; once false (a newer catalog came in), building stops and
     *               null is returned, so two catalogs' pages are never built at the same time for long
     */
    static @Nullable PreparedPages build(FlowCatalog catalog, PageRenderer renderer, long maxBytes, BooleanSupplier wanted) {
        Map<Lang, Body> start = new EnumMap<>(Lang.class);
        long bytes = 0;
        for (Lang lang : Lang.values()) {
            start.put(lang, Body.of(PageRenderer.utf8(renderer.start(catalog, lang))));
        }
        Map<State, Body> html = new HashMap<>();
        Map<State, Body> fragment = new HashMap<>();
        Map<State, Body> json = new HashMap<>();
        Queue<State> pending = new ArrayDeque<>();
        for (Flow flow : catalog.flows().values()) {
            for (Lang lang : Lang.values()) {
                pending.add(new State(flow.id(), lang, List.of()));
            }
        }
        while (!pending.isEmpty() && bytes < maxBytes) {
            if (!wanted.getAsBoolean()) {
                return null;
            }
            State state = pending.remove();
            Flow flow = catalog.flows().get(state.flowId());
            Conversation conversation = replay(flow, state.answers());
            Body page = Body.of(PageRenderer.utf8(renderer.conversation(conversation, catalog, state.lang())));
            Body bubbles = Body.of(PageRenderer.utf8(renderer.fragment(conversation, catalog, state.lang())));
            Body api = Body.of(PageRenderer.json(conversation, catalog, state.lang()));
            html.put(state, page);
            fragment.put(state, bubbles);
            json.put(state, api);
            bytes += page.size() + bubbles.size() + api.size();
            if (!conversation.finished()) {
                for (Option option : conversation.question().options()) {
                    List<Answer> next = new ArrayList<>(state.answers());
                    next.add(new Answer(conversation.question().id(), option.id()));
                    pending.add(new State(state.flowId(), state.lang(), List.copyOf(next)));
                }
            }
        }
        return new PreparedPages(catalog, start, Map.copyOf(html), Map.copyOf(fragment), Map.copyOf(json), bytes);
    }

    FlowCatalog catalog() {
        return catalog;
    }

    Body start(Lang lang) {
        return start.get(lang);
    }

    /** The conversation page for this state, or null when it was not prepared (or the answers do not fit). */
    @Nullable Body html(String flowId, Lang lang, List<Answer> answers) {
        return html.get(new State(flowId, lang, answers));
    }

    /** The fragment for {@code chat.js} for this state, or null when it was not prepared. */
    @Nullable Body fragment(String flowId, Lang lang, List<Answer> answers) {
        return fragment.get(new State(flowId, lang, answers));
    }

    /** The API JSON for this state, or null when it was not prepared. */
    @Nullable Body json(String flowId, Lang lang, List<Answer> answers) {
        return json.get(new State(flowId, lang, answers));
    }

    int states() {
        return html.size();
    }

    /** All prepared bytes of conversation states (plain and gzip), as counted against {@link #MAX_BYTES}. */
    long bytes() {
        return bytes;
    }

    private static Conversation replay(Flow flow, List<Answer> answers) {
        try {
            return Dialogue.replay(flow, answers);
        } catch (AnswerMismatch impossible) {
            throw new IllegalStateException("a prepared path does not fit its own flow", impossible);
        }
    }
}
