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

    @Test
    void everyStateOfEveryFlowIsPreparedExactlyAsRendered() throws Exception {
        int states = 0;
        java.util.Set<List<Answer>> prepared = new java.util.HashSet<>();
        for (Flow flow : catalog.flows().values()) {
            for (FlowPath path : FlowPath.all(flow)) {
                for (int depth = 0; depth <= path.answers().size(); depth++) {
                    List<Answer> answers = path.answers().subList(0, depth);
                    for (Lang lang : flow.languages()) {
                        var conversation = Dialogue.replay(flow, answers);
                        PreparedPages.Body html = pages.html(flow.id(), lang, answers);
                        if (html == null && !flow.onKiosk()) {
                            continue; // past the budget: the staff-only flow's deepest pages are rendered per request
                        }
                        prepared.add(prefixed(flow.id() + "/" + lang, answers));
                        assertThat(html.plain()).isEqualTo(PageRenderer.utf8(renderer.conversation(conversation, catalog, lang)));
                        PreparedPages.Body fragment = pages.fragment(flow.id(), lang, answers);
                        assertThat(fragment.plain()).isEqualTo(PageRenderer.utf8(renderer.fragment(conversation, catalog, lang)));
                        assertThat(pages.json(flow.id(), lang, answers).plain())
                                .isEqualTo(PageRenderer.json(conversation, catalog, lang));
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
            assertThat(pages.start(lang).plain()).isEqualTo(PageRenderer.utf8(renderer.start(catalog, lang)));
        }
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
                                stored += body.size();
                            }
                            each += body.size();
                        }
                    }
                }
            }
        }
        assertThat(pages.bytes()).isEqualTo(stored).isLessThan(each);
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
            for (int i = 0; i < 400; i++) {
                gzip = server.sendForBytes(step.copy().header("Accept-Encoding", "gzip").build());
                if (Arrays.equals(gzip.body(), pages.html("medewerker", Lang.NL, answers).gzip())) {
                    break;
                }
                Thread.sleep(25);
            }
            assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
            assertThat(gzip.body()).as("the prepared gzip bytes, as they are").isEqualTo(pages.html("medewerker", Lang.NL, answers).gzip());
            assertThat(gunzip(gzip.body())).isEqualTo(rendered);
            HttpResponse<byte[]> plain = server.sendForBytes(step.copy().build());
            assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
            assertThat(plain.body()).isEqualTo(rendered);
        }
    }

    @Test
    void theKioskShellOfTheCatalogIsInEveryPreparedPage() {
        FlowCatalog kiosk = Fixtures.kioskFixture();
        PreparedPages kioskPages = PreparedPages.build(kiosk, renderer);
        String start = new String(kioskPages.start(Lang.NL).plain(), java.nio.charset.StandardCharsets.UTF_8);
        String page = new String(kioskPages.html("tiny", Lang.NL, List.of()).plain(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(start).isEqualTo(renderer.start(kiosk, Lang.NL)).contains("data-kiosk-idle");
        assertThat(page).contains("data-kiosk-idle");
        assertThat(new String(pages.start(Lang.NL).plain(), java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("data-kiosk-idle");
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
