package nl.signaalwijzer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.TestServer;
import nl.signaalwijzer.flow.FlowCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** GET /flows lists flows with versions and diagram links; the diagram is SVG (or Mermaid), no script. */
class FlowToolPagesTest {
    private static final FlowCatalog catalog = Fixtures.validFixture();

    @RegisterExtension
    static final TestServer server = TestServer.perClass(() -> catalog);

    @Test
    void theFlowsPageListsEveryFlowWithItsVersionAndDiagram() {
        String version = catalog.flow("tiny").orElseThrow().version();
        HttpResponse<String> page = server.get("/flows");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Vragenlijsten en hun versies</h1>", "Klein",
                "<code>tiny " + version + "</code>", "href=\"./flows/tiny/diagram?lang=nl\"", "href=\"./flows/tiny/diagram.mmd?lang=nl\"",
                "Direct gevaar? Bel 112");
        assertThat(server.get("/flows?lang=en").body()).contains("Question sets and their versions", "Small",
                "href=\"./flows/tiny/diagram?lang=en\"");
    }

    @Test
    void theDiagramIsAnSvgWithTheVersion() {
        HttpResponse<String> svg = server.get("/flows/tiny/diagram");
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("image/svg+xml"));
        assertThat(svg.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(c -> assertThat(c).contains("default-src 'self'"));
        assertThat(svg.body()).startsWith("<svg").contains(catalog.flow("tiny").orElseThrow().version(),
                "id=\"node-acute-danger\"", "Is er nu gevaar?").doesNotContain("<script", "https://", "href");
        assertThat(server.get("/flows/tiny/diagram?lang=en").body()).contains("Is there danger now?");
    }

    @Test
    void theMermaidTextAndAnUnknownFlow() {
        assertThat(server.get("/flows/tiny/diagram.mmd").body()).contains("flowchart TD", "n_acute_danger");
        assertThat(server.get("/flows/nope/diagram").statusCode()).isEqualTo(404);
    }
}
