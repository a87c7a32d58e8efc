package nl.signaalwijzer.web.rendering;

import nl.signaalwijzer.web.ServerSettings;
import nl.signaalwijzer.web.routes.PageRoutes;

import static nl.signaalwijzer.TestServer.answersForm;
import static nl.signaalwijzer.TestServer.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.TestServer;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.flow.Lang;
import org.junit.jupiter.api.Test;

/** After a reload swaps the catalog, the pages prepared for the old one are never served again. */
class PreparedPagesReloadTest {
    private final PageRenderer renderer = PageRenderer.of(StaticAssets.fromClasspath(), ServerSettings.DEFAULTS.quickExitUrl());

    @Test
    void theHolderOnlyEverAnswersWithThePagesOfTheCatalogAskedFor() throws InterruptedException {
        PreparedPagesHolder holder = new PreparedPagesHolder(renderer);
        FlowCatalog before = Fixtures.validFixture();
        FlowCatalog after = Fixtures.v2Fixture();
        PreparedPages first = awaitPrepared(holder, before);
        assertThat(first.catalog()).isSameAs(before);
        assertThat(holder.of(after)).as("the old catalog's pages are never an answer for the new one").isNull();
        PreparedPages second = awaitPrepared(holder, after);
        assertThat(second.catalog()).isSameAs(after);
        assertThat(new String(second.start(Lang.NL).plain(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(renderer.start(after, Lang.NL)).contains("value=\"talk\"");
        assertThat(holder.of(before)).as("nor the other way round").isNull();
    }

    @Test
    void aReloadedCatalogIsServedAtOnceInPagesFragmentsAndTheApi() throws InterruptedException {
        AtomicReference<FlowCatalog> current = new AtomicReference<>(Fixtures.validFixture());
        try (TestServer server = TestServer.start(current::get)) {
            // let the first catalog's pages be prepared and served
            for (int i = 0; i < 20; i++) {
                assertThat(server.get("/").body()).doesNotContain("data-kiosk-idle");
                Thread.sleep(50);
            }
            assertThat(server.postForm("/gesprek", form("flow", "tiny")).body()).doesNotContain("data-kiosk-idle");
            current.set(Fixtures.kioskFixture());
            assertThat(server.get("/").body()).contains("data-kiosk-idle");
            assertThat(server.postForm("/gesprek", form("flow", "tiny")).body()).contains("data-kiosk-idle");
            assertThat(server.postForm("/gesprek", answersForm("tiny", List.of("acute-danger:yes"))).body())
                    .contains("data-kiosk-idle");
            String fragment = server.send(HttpRequest.newBuilder(server.uri("/gesprek"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header(PageRoutes.FRAGMENT_HEADER, "1")
                    .POST(HttpRequest.BodyPublishers.ofString(answersForm("tiny", List.of("acute-danger:yes"))))
                    .build()).body();
            assertThat(fragment).startsWith("<div class=\"fragment\"").contains("kiosk-qr");
        }
    }

    private static PreparedPages awaitPrepared(PreparedPagesHolder holder, FlowCatalog catalog) throws InterruptedException {
        for (int i = 0; i < 400; i++) {
            PreparedPages pages = holder.of(catalog);
            if (pages != null) {
                return pages;
            }
            Thread.sleep(25);
        }
        throw new AssertionError("pages were not prepared within 10 s");
    }
}
