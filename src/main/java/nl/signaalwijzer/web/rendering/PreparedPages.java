package nl.signaalwijzer.web.rendering;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.zip.Deflater;
import nl.signaalwijzer.dialogue.Answer;
import nl.signaalwijzer.dialogue.Conversation;
import nl.signaalwijzer.dialogue.FlowPath;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.flow.FlowState;
import nl.signaalwijzer.flow.FlowWalk;
import nl.signaalwijzer.flow.Lang;
import nl.signaalwijzer.flow.Language;
import org.jspecify.annotations.Nullable;

/**
 * Every page of one catalog, rendered ahead: the start page, and each conversation state (a flow, a
 * language, the answers so far) as an HTML page, as the HTML fragment {@code chat.js} asks for, and as
 * API JSON, each kept gzipped. Everything here is a function of the catalog (its flows, glossary and
 * kiosk settings) and the server settings only; nothing in a page depends on the request, so a
 * prepared page is byte-identical to the rendered one (the tests inflate and compare every state).
 * They belong to one catalog object: after a reload, {@link PreparedPagesHolder} never serves the
 * pages of the catalog that was replaced. A flow has few states (the medewerker flow: 85), so a
 * conversation step is served like a static file. All states are prepared, breadth first up to
 * {@link #MAX_BYTES}, never only the ones someone asked for: what is here says nothing about what
 * anyone answered. A state that is not here is simply rendered.
 */
public final class PreparedPages {
    /**
     * Memory budget for all prepared bytes, a safety net: states past it (breadth first) are rendered per
     * request. Each body is kept once and only gzipped ({@link Body}, {@link Distinct}). Measured on
     * 2026-11-30 with {@code PreparedPagesMeasure} and on the server jar ({@code -Xmx64m -XX:+UseSerialGC},
     * live heap after {@code jcmd GC.run}), on 2 shared cores at load average 9-16:
     * <ul>
     * <li>the flows while only medewerker and zelf were on v2, 339 states (678 with both languages): 3.8 MiB, was 19.6 MiB with
     *     the plain bytes kept beside the gzip (just under the budget); heap 13.2 MB, was 29.2 MB.
     *     Preparing them took 4-5 s in a fresh server, 0.9-1.2 s warm in a loop;
     * <li>the four bundled v2 flows (as drafted at content-cn 243a163), 856 states (1712): 9.6 MiB, all prepared;
     *     before, only 853 of the 1712 fitted (unbounded they took 50.7 MiB); heap 20.5 MB, was 31.1 MB
     *     with half prepared. An earlier draft with 1387 states (2774) took 81.4 MiB before; only
     *     gzipped, even without sharing equal fragments, it is 18.7 MiB (in the 856-state draft,
     *     1082 of the 1712 fragments are copies of another);
     * <li>the v1 flows before them, 277 states (554): 3.0 MiB, was 16.0 MiB; heap 13.5 MB, was 26.5 MB.
     * <li>on a kiosk (2026-12-05), where outcome pages and fragments now carry the path's QR code inline
     *     ({@link OutcomeQr}), with the flows of 053228f, 1480 states (2960): 19.6 MiB, all prepared (just under
     *     the budget); 16.9 MiB with the QR as an image link before; an outcome page 17.3 KB, 5.1 KB gzipped, was
     *     13.1 KB and 4.1 KB. Drawn as one rectangle per run it was 23.0 MiB, and 433 pairs did not fit.
     *     Without a kiosk nothing changed (15.9 MiB). With the flows of 124dc7f, 1507 states (3014): 20.01 MiB
     *     on a kiosk, so 3013 pairs fit; live heap after GC 32.7 MB at {@code -Xmx64m}. Without a kiosk 16.2 MiB.
     *     A kiosk is now at this budget: raise it (about 1.2 MB of heap per MiB) or let flows grow past it.
     * </ul>
     * Only one catalog's pages are kept at a time (see {@link PreparedPagesHolder}).
     */
    static final long MAX_BYTES = 20L * 1024 * 1024;

    /**
     * A response body, kept only in its gzip form: every browser accepts gzip, so that is what is sent;
     * the rare client that does not gets {@link #plain()}, inflated per request: 35-44 us for an outcome
     * page of the 856-state draft (13.4 KB, 3.7 KB gzipped), where replaying and rendering it takes 83-130 us
     * ({@code PreparedPagesMeasure}, 2 shared cores at load average 13). The plain bytes are three to
     * four times the gzip: keeping them as well would take four to five times the memory.
     */
    public static final class Body {
        private final byte[] gzip;

        private Body(byte[] gzip) {
            this.gzip = gzip;
        }

        static Body of(byte[] plain) {
            return new Body(Compression.gzip(plain, Deflater.DEFAULT_COMPRESSION));
        }

        byte[] gzip() {
            return gzip;
        }

        /** The plain bytes, inflated anew on each call. */
        public byte[] plain() {
            return Compression.gunzip(gzip);
        }

        long size() {
            return gzip.length;
        }
    }

    /**
     * One stored copy of each distinct body, while building: many fragments are equal (the fragment of an
     * outcome holds only the last answer, the outcome and the way back, so paths that end the same way
     * at the same depth share it). Keyed by the gzip bytes, which are equal exactly when the plain bytes
     * are (the same deflater, no time stamp).
     */
    private static final class Distinct {
        private final Map<ByteBuffer, Body> bodies = new HashMap<>();
        private long bytes;

        /** The stored copy equal to {@code body}, or {@code body} itself, now stored. */
        Body keep(Body body) {
            Body known = bodies.putIfAbsent(ByteBuffer.wrap(body.gzip()), body);
            if (known != null) {
                return known;
            }
            bytes += body.size();
            return body;
        }

        /** What keeping these bodies would add: those not stored yet, each distinct one once. */
        long cost(List<Body> candidates) {
            Map<ByteBuffer, Body> added = new HashMap<>();
            candidates.forEach(body -> added.putIfAbsent(ByteBuffer.wrap(body.gzip()), body));
            return added.entrySet().stream().filter(e -> !bodies.containsKey(e.getKey()))
                    .mapToLong(e -> e.getValue().size()).sum();
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

    public static PreparedPages build(FlowCatalog catalog, PageRenderer renderer) {
        return Objects.requireNonNull(build(catalog, renderer, MAX_BYTES, () -> true), "always wanted");
    }

    /**
     * @param wanted asked between states; once false (a newer catalog came in), building stops and
     *               null is returned, so two catalogs' pages are never built at the same time for long
     */
    public static @Nullable PreparedPages build(FlowCatalog catalog, PageRenderer renderer, long maxBytes, BooleanSupplier wanted) {
        Map<Lang, Body> start = new HashMap<>();
        Distinct distinct = new Distinct();
        for (Language language : catalog.languages().all()) {
            start.put(language.lang(), Body.of(PageRenderer.utf8(renderer.start(catalog, language.lang()))));
        }
        Map<State, Body> html = new HashMap<>();
        Map<State, Body> fragment = new HashMap<>();
        Map<State, Body> json = new HashMap<>();
        for (Walked walked : breadthFirst(catalog)) {
            if (!wanted.getAsBoolean()) {
                return null;
            }
            Conversation conversation = FlowPath.replay(walked.flow(), walked.at());
            State state = new State(walked.flow().id(), walked.lang(), FlowPath.answers(walked.at()));
            List<Body> bodies = List.of(Body.of(PageRenderer.utf8(renderer.conversation(conversation, catalog, state.lang()))),
                    Body.of(PageRenderer.utf8(renderer.fragment(conversation, catalog, state.lang()))),
                    Body.of(PageRenderer.json(conversation, catalog, state.lang())));
            // the budget is never passed: the first state that does not fit ends the building (breadth first,
            // so every state after it is as deep or deeper, or of a flow for staff only)
            if (distinct.bytes + distinct.cost(bodies) > maxBytes) {
                break;
            }
            html.put(state, distinct.keep(bodies.get(0)));
            fragment.put(state, distinct.keep(bodies.get(1)));
            json.put(state, distinct.keep(bodies.get(2)));
        }
        return new PreparedPages(catalog, Map.copyOf(start), Map.copyOf(html), Map.copyOf(fragment), Map.copyOf(json), distinct.bytes);
    }

    private record Walked(Flow flow, Lang lang, FlowState at) {
    }

    /**
     * Every state of every flow in each language, the fewest answers first, so a budget that runs out
     * leaves the deepest states (the fewest visitors) to be rendered per request. Within a depth: flow by
     * flow, language by language, in the walk's order. The flows for staff only ({@code on-kiosk: false}: the
     * receiver's checklist, with long outcome pages) come after all the others: the worried person on a phone
     * at night keeps every page prepared, and the receiver's deepest pages are rendered (a fraction of a
     * millisecond) when the budget runs out.
     */
    private static List<Walked> breadthFirst(FlowCatalog catalog) {
        List<Walked> all = new ArrayList<>();
        for (Flow flow : catalog.flows().values()) {
            List<FlowState> states = FlowWalk.states(flow).toList();
            for (Lang lang : flow.languages()) {
                states.forEach(state -> all.add(new Walked(flow, lang, state)));
            }
        }
        all.sort(Comparator.<Walked>comparingInt(walked -> walked.flow().onKiosk() ? 0 : 1)
                .thenComparingInt(walked -> walked.at().asked().size())); // stable
        return all;
    }

    FlowCatalog catalog() {
        return catalog;
    }

    /** The start page in a configured language ({@link FlowCatalog#pageLanguage}). */
    public Body start(Lang lang) {
        return Objects.requireNonNull(start.get(lang), "every configured language has its start page");
    }

    /** The conversation page for this state, or null when it was not prepared (or the answers do not fit). */
    public @Nullable Body html(String flowId, Lang lang, List<Answer> answers) {
        return html.get(new State(flowId, lang, answers));
    }

    /** The fragment for {@code chat.js} for this state, or null when it was not prepared. */
    public @Nullable Body fragment(String flowId, Lang lang, List<Answer> answers) {
        return fragment.get(new State(flowId, lang, answers));
    }

    /** The API JSON for this state, or null when it was not prepared. */
    public @Nullable Body json(String flowId, Lang lang, List<Answer> answers) {
        return json.get(new State(flowId, lang, answers));
    }

    int states() {
        return html.size();
    }

    /** All stored bytes of conversation states (each distinct body once, gzipped), as counted against {@link #MAX_BYTES}. */
    long bytes() {
        return bytes;
    }
}
