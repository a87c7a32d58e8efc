package nl.signaalwijzer.web.rendering;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import nl.signaalwijzer.flow.Kiosk;
import nl.signaalwijzer.flow.Organisation;
import nl.signaalwijzer.web.splice.DeflatedPart;
import nl.signaalwijzer.web.splice.GzipSplice;
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
 * Every page of one catalog, rendered ahead once for every organisation and location: the start page, and each
 * conversation state (a flow, a language, the answers so far) as an HTML page, as the HTML fragment {@code chat.js}
 * asks for, and as API JSON. What differs per organisation ({@link ScopedPart}: whom to call, the example note, the
 * quick exit) is left out as a marked place; the rest is kept deflated in pieces ({@link DeflatedPart}), cut
 * where many pages hold the same text ({@link Cuts}) and each distinct piece kept once, and a
 * response joins the pieces and the organisation's parts without compressing anything ({@link GzipSplice}). So the
 * memory does not grow with the number of organisations and locations (issue 21): only the parts they show are
 * kept per organisation, in a cache bounded by weight ({@link PartCache}).
 *
 * <p>A page served from here is byte-identical to the one rendered for that organisation (the tests inflate and
 * compare every state for a sample of organisations and locations in every language). Nothing in a page depends on
 * the request. They belong to one catalog object: after a reload, {@link PreparedPagesHolder} never serves the pages
 * of the catalog that was replaced. All states are prepared, breadth first up to {@link #MAX_BYTES}, never only the
 * ones someone asked for: what is here says nothing about what anyone answered. A state that is not here is simply
 * rendered. A kiosk is never served from here (its QR code is drawn per path and organisation): it renders.
 */
public final class PreparedPages {
    /**
     * Memory budget for all prepared bytes, a safety net: states past it (breadth first) are rendered per request.
     * The history of the whole-page budget (one organisation, every page gzipped whole), on 2 shared cores:
     * <ul>
     * <li>the four bundled v2 flows, 856 states (1712): 9.6 MiB, all prepared; heap 20.5 MB;
     * <li>with the fifth flow ({@code ontvanger}, staff only), all pages would be 35.08 MiB: the flows for the
     *     worried all fit (2964 pairs, 16.99 MiB), the receiver's first pages fill the rest (3363 pairs, 20.0 MiB).
     * </ul>
     * Pieces deflated apart compress a little less than a whole page (see {@code /work/notes/splice.md}). Prepared
     * once for every organisation and cut where pages share their text ({@link Cuts}), all 4646 states take 7.0 MiB
     * (uncut 19.3 MiB). The budget leaves room to grow and keeps the heap's old generation free enough at
     * {@code -Xmx64m}: with 19 MiB of pages, 200 organisations with 5 locations each left it full (111 full
     * collections in 10 s of outcome steps).
     */
    static final long MAX_BYTES = 12L * 1024 * 1024;

    /** Deflate level for the pieces: the work is done once per catalog, at start and after a reload. */
    static final int LEVEL = 6;

    /**
     * A response body prepared once for every organisation: pieces kept deflated, with the places where an
     * organisation's own parts go. Joined per request for the organisation asked: as gzip (every browser accepts
     * it), or inflated for the rare client that does not.
     */
    public static final class Body {
        /** each a {@link DeflatedPart} (the same for all) or a {@link ScopedPart} (filled in per organisation) */
        private final Object[] pieces;
        private final PartCache parts;
        private final FlowCatalog catalog;

        private Body(Object[] pieces, PartCache parts, FlowCatalog catalog) {
            this.pieces = pieces;
            this.parts = parts;
            this.catalog = catalog;
        }

        /** The gzip body for the organisation or location whose flows are {@code scope}. */
        public byte[] gzip(FlowCatalog scope) {
            return GzipSplice.gzip(filled(scope));
        }

        /** The plain bytes for {@code scope}, inflated anew on each call. */
        public byte[] plain(FlowCatalog scope) {
            return GzipSplice.plain(filled(scope));
        }

        /** The plain bytes for the catalog the pages were prepared from (its default organisation). */
        public byte[] plain() {
            return plain(catalog);
        }

        private List<DeflatedPart> filled(FlowCatalog scope) {
            List<DeflatedPart> filled = new ArrayList<>(pieces.length);
            for (Object piece : pieces) {
                filled.add(piece instanceof ScopedPart part ? parts.get(scope, part) : (DeflatedPart) piece);
            }
            return filled;
        }

        /** Its pieces that are the same for every organisation (stored once however many bodies share them). */
        List<DeflatedPart> pieces() {
            List<DeflatedPart> fixed = new ArrayList<>();
            for (Object piece : pieces) {
                if (piece instanceof DeflatedPart part) {
                    fixed.add(part);
                }
            }
            return fixed;
        }

        /** The body itself, without its pieces: an object and an array of references. */
        long overhead() {
            return 32 + 8L * pieces.length;
        }
    }

    /**
     * One stored copy of each distinct body and of each distinct piece, while building: many fragments are equal
     * (the fragment of an outcome holds only the last answer, the outcome and the way back, so paths that end the
     * same way at the same depth share it), and many pieces are (what follows the last contacts of an outcome is the
     * same on every path to it that shows the same paragraphs). Bodies are known by a digest of what was rendered,
     * with its marks; pieces by a digest of their plain bytes.
     */
    private static final class Distinct {
        private final Map<Key, Body> bodies = new HashMap<>();
        private final Map<ByteBuffer, DeflatedPart> pieces = new HashMap<>();
        private final Set<DeflatedPart> counted = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        private long bytes;

        /** The stored piece with these plain bytes, or a new one, deflated once. */
        DeflatedPart piece(byte[] plain, int from, int to) {
            if (from == to) {
                return DeflatedPart.EMPTY;
            }
            return pieces.computeIfAbsent(Marks.digest(java.util.Arrays.copyOfRange(plain, from, to)),
                    key -> DeflatedPart.of(plain, from, to, LEVEL));
        }

        Body keep(Rendered rendered) {
            Body known = bodies.putIfAbsent(rendered.key(), rendered.body());
            if (known != null) {
                return known;
            }
            bytes += rendered.body().overhead();
            for (DeflatedPart piece : rendered.body().pieces()) {
                if (counted.add(piece)) {
                    bytes += piece.heapBytes();
                }
            }
            return rendered.body();
        }

        /** What keeping these bodies would add: the bodies not stored yet, and their pieces not stored yet, once each. */
        long cost(List<Rendered> candidates) {
            Set<Key> newBodies = new java.util.HashSet<>();
            Set<DeflatedPart> newPieces = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            long cost = 0;
            for (Rendered rendered : candidates) {
                if (bodies.containsKey(rendered.key()) || !newBodies.add(rendered.key())) {
                    continue;
                }
                cost += rendered.body().overhead();
                for (DeflatedPart piece : rendered.body().pieces()) {
                    if (!counted.contains(piece) && newPieces.add(piece)) {
                        cost += piece.heapBytes();
                    }
                }
            }
            return cost;
        }
    }

    /**
     * A body as rendered with its marks, known by the digest of those bytes and the parts its marks stand for (two
     * bodies with equal bytes may still differ in a mark's part: the contacts behind "mark 0").
     */
    private record Rendered(Key key, Body body) {
    }

    private record Key(ByteBuffer digest, List<ScopedPart> parts) {
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
        // pages for every organisation are rendered as on a phone: a kiosk renders its own (see the class)
        FlowCatalog phone = catalog.organisation().kiosk().enabled() ? catalog.forOrganisation(new Organisation(
                catalog.organisation().name(), Kiosk.OFF, catalog.organisation().contacts(),
                catalog.organisation().quickExitUrl())) : catalog;
        PartCache parts = new PartCache(renderer);
        Map<Lang, Body> start = new HashMap<>();
        Distinct distinct = new Distinct();
        for (Language language : catalog.languages().all()) {
            // the start pages are not counted against the budget: one per language, always kept
            start.put(language.lang(), marked(marks -> PageRenderer.utf8(
                    renderer.markedStart(phone, language.lang(), marks)), new Distinct(), parts, catalog).body());
        }
        Map<State, Body> html = new HashMap<>();
        Map<State, Body> fragment = new HashMap<>();
        Map<State, Body> json = new HashMap<>();
        for (Walked walked : breadthFirst(phone)) {
            if (!wanted.getAsBoolean()) {
                return null;
            }
            Conversation conversation = FlowPath.replay(walked.flow(), walked.at());
            State state = new State(walked.flow().id(), walked.lang(), FlowPath.answers(walked.at()));
            List<Rendered> bodies = List.of(
                    marked(marks -> PageRenderer.utf8(renderer.markedConversation(conversation, phone, state.lang(), marks)), distinct, parts, catalog),
                    marked(marks -> PageRenderer.utf8(renderer.markedFragment(conversation, phone, state.lang(), marks)), distinct, parts, catalog),
                    marked(marks -> ConversationJson.marked(conversation, phone, state.lang(), marks), distinct, parts, catalog));
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

    /** A body rendered with a mark in place of each {@link ScopedPart}, cut into pieces there. */
    private static Rendered marked(Function<Marks, byte[]> render, Distinct distinct, PartCache parts, FlowCatalog catalog) {
        Marks marks = new Marks();
        byte[] bytes = render.apply(marks);
        List<Object> pieces = new ArrayList<>();
        int from = 0;
        for (Marks.Found found : marks.find(bytes)) {
            addCut(pieces, distinct, bytes, from, found.start());
            pieces.add(found.part());
            from = found.end();
        }
        addCut(pieces, distinct, bytes, from, bytes.length);
        List<ScopedPart> marked = pieces.stream().filter(ScopedPart.class::isInstance).map(ScopedPart.class::cast).toList();
        pieces.removeIf(piece -> piece == DeflatedPart.EMPTY);
        return new Rendered(new Key(Marks.digest(bytes), marked), new Body(pieces.toArray(), parts, catalog));
    }

    /** {@code bytes[from, to)} as pieces, cut where pages share what they hold ({@link Cuts}). */
    private static void addCut(List<Object> pieces, Distinct distinct, byte[] bytes, int from, int to) {
        for (int cut : Cuts.in(bytes, from, to)) {
            pieces.add(distinct.piece(bytes, from, cut));
            from = cut;
        }
        pieces.add(distinct.piece(bytes, from, to));
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

    /** The start page in a configured language ({@link FlowCatalog#pageLanguage}), for any organisation but a kiosk. */
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
