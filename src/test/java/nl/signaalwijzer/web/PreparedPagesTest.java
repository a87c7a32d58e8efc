package nl.signaalwijzer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.GZIPInputStream;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.dialogue.Answer;
import nl.signaalwijzer.dialogue.Dialogue;
import nl.signaalwijzer.dialogue.FlowPath;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.flow.Lang;
import org.junit.jupiter.api.Test;

/** Prepared pages are byte-identical to rendering the same state, in both languages and as gzip. */
class PreparedPagesTest {
    private final FlowCatalog catalog = Fixtures.realCatalog();
    private final PageRenderer renderer = PageRenderer.of(StaticAssets.fromClasspath(), ServerSettings.DEFAULTS);
    /** Without a budget, so that every state can be compared with rendering it. */
    private final PreparedPages pages = PreparedPages.build(catalog, renderer, Long.MAX_VALUE, () -> true);

    @Test
    void everyStateOfEveryFlowIsPreparedExactlyAsRendered() throws Exception {
        int states = 0;
        for (Flow flow : catalog.flows().values()) {
            for (FlowPath path : FlowPath.all(flow)) {
                for (int depth = 0; depth <= path.answers().size(); depth++) {
                    List<Answer> answers = path.answers().subList(0, depth);
                    for (Lang lang : Lang.values()) {
                        var conversation = Dialogue.replay(flow, answers);
                        PreparedPages.Body html = pages.html(flow.id(), lang, answers);
                        assertThat(html.plain()).isEqualTo(PageRenderer.utf8(renderer.conversation(conversation, catalog, lang)));
                        assertThat(gunzip(html.gzip())).isEqualTo(html.plain());
                        PreparedPages.Body fragment = pages.fragment(flow.id(), lang, answers);
                        assertThat(fragment.plain()).isEqualTo(PageRenderer.utf8(renderer.fragment(conversation, catalog, lang)));
                        assertThat(gunzip(fragment.gzip())).isEqualTo(fragment.plain());
                        assertThat(pages.json(flow.id(), lang, answers).plain())
                                .isEqualTo(PageRenderer.json(conversation, catalog, lang));
                        states++;
                    }
                }
            }
        }
        assertThat(states).isPositive();
        assertThat(pages.states()).isEqualTo(states(catalog) * Lang.values().length);
        for (Lang lang : Lang.values()) {
            assertThat(pages.start(lang).plain()).isEqualTo(PageRenderer.utf8(renderer.start(catalog, lang)));
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

    private static int states(FlowCatalog catalog) {
        java.util.Set<List<Answer>> seen = new java.util.HashSet<>();
        for (Flow flow : catalog.flows().values()) {
            for (FlowPath path : FlowPath.all(flow)) {
                for (int depth = 0; depth <= path.answers().size(); depth++) {
                    seen.add(prefixed(flow.id(), path.answers().subList(0, depth)));
                }
            }
        }
        return seen.size();
    }

    private static List<Answer> prefixed(String flowId, List<Answer> answers) {
        List<Answer> key = new java.util.ArrayList<>();
        key.add(new Answer("flow", flowId));
        key.addAll(answers);
        return key;
    }

    @Test
    void theServersBudgetPreparesBreadthFirstUpToItsLimit() {
        // The v2 flows have more states than the budget holds (856 states, 51 MiB in both languages,
        // measured): the first ones, breadth first, are prepared; deeper ones are rendered per request.
        PreparedPages bounded = PreparedPages.build(catalog, renderer);
        assertThat(bounded.states()).isPositive().isLessThanOrEqualTo(pages.states());
        if (bounded.states() < pages.states()) {
            assertThat(bounded.bytes()).isBetween(PreparedPages.MAX_BYTES, PreparedPages.MAX_BYTES + 1024 * 1024);
        }
        for (Flow flow : catalog.flows().values()) {
            for (Lang lang : Lang.values()) {
                assertThat(bounded.html(flow.id(), lang, List.of())).as(flow.id() + " starts prepared").isNotNull();
            }
        }
    }

    @Test
    void theBudgetBoundsWhatIsPreparedAndANewerCatalogStopsTheBuilding() {
        PreparedPages tight = PreparedPages.build(catalog, renderer, 1, () -> true);
        assertThat(tight.states()).isEqualTo(1);
        assertThat(tight.html("naaste", Lang.EN, List.of())).as("rendered per request instead").isNull();
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
