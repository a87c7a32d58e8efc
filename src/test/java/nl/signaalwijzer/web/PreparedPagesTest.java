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
    private final PageRenderer renderer = new PageRenderer(new Views(StaticAssets.fromClasspath()));
    private final PreparedPages pages = PreparedPages.build(catalog, renderer);

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
                        assertThat(pages.json(flow.id(), lang, answers).plain())
                                .isEqualTo(PageRenderer.json(conversation, catalog, lang));
                        states++;
                    }
                }
            }
        }
        assertThat(states).isPositive();
        for (Lang lang : Lang.values()) {
            assertThat(pages.start(lang).plain()).isEqualTo(PageRenderer.utf8(renderer.start(catalog, lang)));
        }
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
