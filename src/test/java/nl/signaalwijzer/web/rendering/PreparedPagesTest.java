package nl.signaalwijzer.web.rendering;

import nl.signaalwijzer.web.ServerSettings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.nio.file.Path;
import nl.signaalwijzer.organisation.Organisations;
import org.junit.jupiter.api.io.TempDir;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.TestServer;
import nl.signaalwijzer.dialogue.Answer;
import nl.signaalwijzer.dialogue.Dialogue;
import nl.signaalwijzer.dialogue.FlowPath;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.flow.FlowState;
import nl.signaalwijzer.flow.FlowWalk;
import nl.signaalwijzer.flow.Lang;
import org.junit.jupiter.api.Test;

/**
 * Prepared pages are byte-identical to rendering the same state, in both languages: they are kept only
 * gzipped, so each comparison below inflates the stored bytes.
 */
class PreparedPagesTest {
    // built once for the class: preparing every page of the bundled flows takes seconds
    private static final FlowCatalog catalog = Fixtures.realCatalog();
    private static final PageRenderer renderer = PageRenderer.of(StaticAssets.fromClasspath(), ServerSettings.DEFAULTS.quickExitUrl());
    private static final PreparedPages pages = PreparedPages.build(catalog, renderer);

    @Test
    void theWalkerTheGoldenPathsAndThePreparedPagesAgreeOnEveryState() throws IOException {
        int walked = 0;
        for (Flow flow : catalog.flows().values()) {
            List<FlowState> states = FlowWalk.states(flow).toList();
            Set<List<Answer>> walkedAnswers = new HashSet<>();
            states.forEach(state -> walkedAnswers.add(FlowPath.answers(state)));
            assertThat(walkedAnswers).as("each state once").hasSameSizeAs(states);
            // golden paths: the walk's outcome states, in its order, one line each in the golden file
            List<FlowPath> golden = FlowPath.all(flow);
            assertThat(golden).extracting(FlowPath::answers)
                    .containsExactlyElementsOf(states.stream().filter(FlowState::finished).map(FlowPath::answers).toList());
            assertThat(Files.readAllLines(Fixtures.REAL_FLOWS.resolve(flow.id() + ".paths.txt"))).hasSameSizeAs(golden);
            // every state is on the way to some outcome path, and every step of such a path is a state
            Set<List<Answer>> onGoldenPaths = new HashSet<>();
            for (FlowPath path : golden) {
                for (int depth = 0; depth <= path.answers().size(); depth++) {
                    onGoldenPaths.add(path.answers().subList(0, depth));
                }
            }
            assertThat(onGoldenPaths).isEqualTo(walkedAnswers);
            // prepared pages: each walked state, in each language (a flow for staff only: as far as the budget goes)
            int prepared = 0;
            for (List<Answer> answers : walkedAnswers) {
                for (Lang lang : flow.languages()) {
                    if (flow.onKiosk()) {
                        assertThat(pages.html(flow.id(), lang, answers)).as(flow.id() + " " + answers).isNotNull();
                    }
                    prepared += pages.html(flow.id(), lang, answers) == null ? 0 : 1;
                }
            }
            walked += prepared;
        }
        assertThat(pages.states()).as("nothing prepared beyond what the walk finds").isEqualTo(walked);
    }

    /**
     * Issue 21: pages prepared once for every organisation, each response joined with the organisation's own parts.
     * For every state in every language, for the default organisation, a location that overrides some numbers
     * (Zuid), and an organisation whose contacts are all examples: the served bytes, inflated, are the page rendered
     * for that organisation. A fast path that put in another organisation's contacts would fail here.
     */
    @Test
    void everyStateOfEveryFlowIsPreparedExactlyAsRenderedForEveryOrganisationSampled(@TempDir Path dir) throws Exception {
        Organisations organisations = Fixtures.organisations(Fixtures.exampleOrganisationsFilledIn(dir), catalog);
        Map<String, FlowCatalog> scopes = new java.util.LinkedHashMap<>();
        scopes.put("default", catalog);
        scopes.put("zorggroep-rivierenland/zuid", scoped(organisations, "zorggroep-rivierenland", "zuid"));
        scopes.put("voorbeeldzorg", scoped(organisations, "voorbeeldzorg", null));
        assertThat(scopes.get("zorggroep-rivierenland/zuid").contact("bereikbaarheidsdienst").phone())
                .isNotEqualTo(catalog.contact("bereikbaarheidsdienst").phone());
        int states = 0;
        java.util.Set<List<Answer>> prepared = new java.util.HashSet<>();
        for (Flow flow : catalog.flows().values()) {
            for (FlowPath path : FlowPath.all(flow)) {
                for (int depth = 0; depth <= path.answers().size(); depth++) {
                    List<Answer> answers = path.answers().subList(0, depth);
                    for (Lang lang : flow.languages()) {
                        PreparedPages.Body html = pages.html(flow.id(), lang, answers);
                        if (html == null && !flow.onKiosk()) {
                            continue; // past the budget: the staff-only flow's deepest pages are rendered per request
                        }
                        if (!prepared.add(prefixed(flow.id() + "/" + lang, answers))) {
                            continue; // a state on the way to several outcomes: compared once
                        }
                        for (Map.Entry<String, FlowCatalog> scope : scopes.entrySet()) {
                            FlowCatalog shown = scope.getValue();
                            var conversation = Dialogue.replay(shown.flow(flow.id()).orElseThrow(), answers);
                            String what = scope.getKey() + " " + flow.id() + " " + lang + " " + answers;
                            byte[] page = PageRenderer.utf8(renderer.conversation(conversation, shown, lang));
                            assertThat(html.plain(shown)).as(what).isEqualTo(page);
                            assertThat(gunzip(html.gzip(shown))).as(what).isEqualTo(page);
                            assertThat(pages.fragment(flow.id(), lang, answers).plain(shown)).as(what)
                                    .isEqualTo(PageRenderer.utf8(renderer.fragment(conversation, shown, lang)));
                            assertThat(gunzip(pages.json(flow.id(), lang, answers).gzip(shown))).as(what)
                                    .isEqualTo(PageRenderer.json(conversation, shown, lang));
                        }
                        states++;
                    }
                }
            }
        }
        assertThat(states).isPositive();
        // every state of every flow for the worried fits the budget; the staff-only flow gets what is left of it,
        // breadth first: its first pages at least
        assertThat(pages.states()).isEqualTo(prepared.size());
        assertThat(pages.bytes()).isLessThanOrEqualTo(PreparedPages.MAX_BYTES);
        for (Flow flow : catalog.flows().values()) {
            for (Lang lang : flow.languages()) {
                assertThat(pages.html(flow.id(), lang, List.of())).as(flow.id() + " " + lang).isNotNull();
            }
        }
        for (Lang lang : catalog.languages().all().stream().map(nl.signaalwijzer.flow.Language::lang).toList()) {
            for (FlowCatalog shown : scopes.values()) {
                assertThat(pages.start(lang).plain(shown)).isEqualTo(PageRenderer.utf8(renderer.start(shown, lang)));
            }
        }
    }

    private static FlowCatalog scoped(Organisations organisations, String organisation, String location) {
        return catalog.forOrganisation(organisations.scope(organisation, location).orElseThrow().organisation());
    }

    @Test
    void equalBodiesAreStoredOnce() {
        // e.g. the fragments of outcomes reached by the same last answer at the same depth
        long each = 0;
        long stored = 0;
        java.util.Set<PreparedPages.Body> distinct = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Flow flow : catalog.flows().values()) {
            for (FlowPath path : FlowPath.all(flow)) {
                for (int depth = 0; depth <= path.answers().size(); depth++) {
                    List<Answer> answers = path.answers().subList(0, depth);
                    for (Lang lang : flow.languages()) {
                        if (pages.html(flow.id(), lang, answers) == null) {
                            continue; // past the budget (a flow for staff only)
                        }
                        for (PreparedPages.Body body : List.of(pages.html(flow.id(), lang, answers),
                                pages.fragment(flow.id(), lang, answers), pages.json(flow.id(), lang, answers))) {
                            if (distinct.add(body)) {
                                stored += size(body);
                            }
                            each += size(body);
                        }
                    }
                }
            }
        }
        // and the pieces bodies share (what follows an outcome's last contacts, on every path to it) are kept once too
        assertThat(pages.bytes()).isLessThan(stored).isLessThan(each);
    }

    /**
     * A page deep in a conversation repeats every earlier turn; each is stored once, shared with every page that took
     * the same path there (Cuts). So every state of the bundled flows fits the budget, with room to grow.
     */
    @Test
    void aPageKeepsItsEarlierTurnsOnceSharedWithThePageBeforeIt() {
        Flow flow = catalog.flow("medewerker").orElseThrow();
        FlowPath deepest = FlowPath.all(flow).stream().max(java.util.Comparator.comparingInt(path -> path.answers().size()))
                .orElseThrow();
        int depth = deepest.answers().size();
        List<Answer> answers = deepest.answers();
        for (Lang lang : flow.languages()) {
            Set<Object> before = identities(pages.html(flow.id(), lang, answers.subList(0, depth - 1)).pieces());
            long shared = pages.html(flow.id(), lang, answers).pieces().stream().filter(before::contains).count();
            // each earlier answer's hidden field and turn (the head differs: its title is the question or outcome)
            assertThat(shared).as(lang + ": pieces shared with the page before, of " + depth + " answers")
                    .isGreaterThanOrEqualTo(2L * (depth - 1));
        }
        int all = 0;
        for (Flow each : catalog.flows().values()) {
            all += (int) FlowWalk.states(each).count() * each.languages().size();
        }
        assertThat(pages.states()).as("every state of every flow, in every language, prepared").isEqualTo(all);
        assertThat(pages.bytes()).as("with room to grow").isLessThan(PreparedPages.MAX_BYTES * 3 / 4);
    }

    /** All a body holds, its pieces counted in full even where shared. */
    private static long size(PreparedPages.Body body) {
        return body.overhead() + body.pieces().stream().mapToLong(nl.signaalwijzer.web.splice.DeflatedPart::heapBytes).sum();
    }

    private static Set<Object> identities(List<?> pieces) {
        Set<Object> set = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        set.addAll(pieces);
        return set;
    }

    @Test
    void aBrowserGetsThePreparedGzipAndAClientWithoutGzipTheSameBytesInflated() throws Exception {
        Flow flow = catalog.flow("medewerker").orElseThrow();
        List<Answer> answers = List.of(new Answer("acute-danger", "no"));
        byte[] rendered = PageRenderer.utf8(renderer.conversation(Dialogue.replay(flow, answers), catalog, Lang.NL));
        try (TestServer server = TestServer.start(catalog)) {
            HttpRequest.Builder step = HttpRequest.newBuilder(server.uri("/gesprek"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(TestServer.answersForm("medewerker", List.of("acute-danger:no"))));
            HttpResponse<byte[]> gzip = null;
            // until the pages are prepared, the page is rendered and gzipped by Javalin: other gzip bytes
            for (int i = 0; i < 2400; i++) { // preparing every page takes seconds (more on a busy machine)
                gzip = server.sendForBytes(step.copy().header("Accept-Encoding", "gzip").build());
                if (Arrays.equals(gzip.body(), pages.html("medewerker", Lang.NL, answers).gzip(catalog))) {
                    break;
                }
                Thread.sleep(25);
            }
            assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
            assertThat(gzip.body()).as("the prepared gzip bytes, as they are").isEqualTo(pages.html("medewerker", Lang.NL, answers).gzip(catalog));
            assertThat(gunzip(gzip.body())).isEqualTo(rendered);
            HttpResponse<byte[]> plain = server.sendForBytes(step.copy().build());
            assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
            assertThat(plain.body()).isEqualTo(rendered);
        }
    }

    /** A kiosk's pages carry its own QR codes and idle settings: it is never served a page prepared for all. */
    @Test
    void aKioskIsServedItsOwnPagesNeverOnesPreparedForEveryOrganisation() {
        FlowCatalog kiosk = Fixtures.kioskFixture();
        PreparedPages kioskPages = PreparedPages.build(kiosk, renderer);
        String start = new String(kioskPages.start(Lang.NL).plain(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(start).as("prepared for every organisation: as on a phone").doesNotContain("data-kiosk-idle");
        try (TestServer server = TestServer.start(kiosk)) {
            assertThat(server.get("/").body()).isEqualTo(renderer.start(kiosk, Lang.NL)).contains("data-kiosk-idle");
            assertThat(server.postForm("/gesprek", TestServer.answersForm("tiny", List.of())).body())
                    .contains("data-kiosk-idle");
        }
    }

    private static List<Answer> prefixed(String flowId, List<Answer> answers) {
        List<Answer> key = new java.util.ArrayList<>();
        key.add(new Answer("flow", flowId));
        key.addAll(answers);
        return key;
    }

    @Test
    void theBudgetBoundsWhatIsPreparedAndANewerCatalogStopsTheBuilding() {
        PreparedPages none = PreparedPages.build(catalog, renderer, 1, () -> true);
        assertThat(none.states()).as("not even one state fits one byte").isZero();
        long budget = 200 * 1024;
        PreparedPages tight = PreparedPages.build(catalog, renderer, budget, () -> true);
        assertThat(tight.states()).isPositive();
        assertThat(tight.bytes()).as("the budget is never passed").isLessThanOrEqualTo(budget);
        assertThat(tight.html("medewerker", Lang.NL, List.of())).as("the first question first").isNotNull();
        assertThat(tight.html("ontvanger", Lang.EN, List.of())).as("rendered per request instead").isNull();
        assertThat(PreparedPages.build(catalog, renderer, PreparedPages.MAX_BYTES, () -> false)).isNull();
    }

    @Test
    void answersThatDoNotFitAreNotPrepared() {
        assertThat(pages.html("medewerker", Lang.NL, List.of(new Answer("acute-danger", "maybe")))).isNull();
        assertThat(pages.html("nope", Lang.NL, List.of())).isNull();
    }

    private static byte[] gunzip(byte[] gzip) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return in.readAllBytes();
        }
    }
}
