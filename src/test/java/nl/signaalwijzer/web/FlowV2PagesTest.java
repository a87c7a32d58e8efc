package nl.signaalwijzer.web;

import nl.signaalwijzer.web.rendering.PageRenderer;
import nl.signaalwijzer.web.rendering.PreparedPages;
import nl.signaalwijzer.web.rendering.StaticAssets;

import static nl.signaalwijzer.TestServer.answersForm;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.util.List;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.TestServer;
import nl.signaalwijzer.dialogue.Answer;
import nl.signaalwijzer.dialogue.Dialogue;
import nl.signaalwijzer.dialogue.FlowPath;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.flow.Lang;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Flow format v2 over HTTP, on the fixture {@code fixtures/v2/talk.yaml}: urgent actions, implied answers, paragraphs. */
class FlowV2PagesTest {
    private static final String TALK = "/api/v1/flows/talk/conversation";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FlowCatalog CATALOG = Fixtures.v2Fixture();

    @RegisterExtension
    static final TestServer server = TestServer.perClass(() -> CATALOG);

    private static JsonNode next(String answers) throws Exception {
        var response = server.postJson(TALK, "{\"answers\":[" + answers + "]}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    @Test
    void theQuestionAfterADangerAnswerCarriesTheUrgentActions() throws Exception {
        JsonNode next = next("{\"question\":\"acute-danger\",\"option\":\"yes\"}").get("next");
        assertThat(next.get("type").asText()).isEqualTo("question");
        assertThat(next.get("urgent")).extracting(a -> a.get("id").asText()).containsExactly("call-112", "stop-behaviour");
        JsonNode call = next.get("urgent").get(0);
        assertThat(call.get("title").asText()).isEqualTo("Bel 112");
        assertThat(call.get("urgent").asBoolean()).isTrue();
        assertThat(call.get("contacts").get(0).get("phone").asText()).isEqualTo("112");
    }

    @Test
    void aQuestionWithoutUrgentActionsHasNoUrgentField() throws Exception {
        assertThat(next("").get("next").has("urgent")).isFalse();
        assertThat(next("{\"question\":\"acute-danger\",\"option\":\"no\"}").get("next").has("urgent")).isFalse();
    }

    @Test
    void theApiTranscriptLeavesImpliedAnswersOut() throws Exception {
        JsonNode body = next("{\"question\":\"acute-danger\",\"option\":\"no\"},{\"question\":\"kind\",\"option\":\"sexual\"}");
        assertThat(body.get("transcript")).extracting(t -> t.get("question").asText()).containsExactly("acute-danger", "kind");
        JsonNode outcome = body.get("next");
        assertThat(outcome.get("id").asText()).isEqualTo("crime");
        assertThat(outcome.get("text").asText())
                .isEqualTo("Praat er niet over met de persoon.\n\nBij seksueel geweld helpt het Centrum.");
        assertThat(outcome.get("sources")).extracting(s -> s.get("title").asText()).containsExactly(
                "Leidraad Veilige zorgrelatie", "Centrum Seksueel Geweld",
                "Signaalwijzer — eigen advies, niet uit de bronnen", "Signaalwijzer — eigen advies, niet uit de bronnen");
    }

    @Test
    void anAnswerToASkippedQuestionIsRefused() {
        var response = server.postJson(TALK, "{\"answers\":[{\"question\":\"acute-danger\",\"option\":\"no\"},"
                + "{\"question\":\"kind\",\"option\":\"sexual\"},{\"question\":\"possibly-criminal\",\"option\":\"no\"}]}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"answer\":2");
    }

    @Test
    void theQuestionPageLeadsWithTheUrgentActionsInsideTheNewBubble() {
        String page = server.postForm("/gesprek", answersForm("talk", List.of("acute-danger:yes"))).body();
        int current = page.indexOf("id=\"current\"");
        int urgent = page.indexOf("<h2 id=\"urgent-title\">Doe dit eerst</h2>");
        int question = page.indexOf("Wat gebeurde er?</span>");
        assertThat(current).isPositive();
        assertThat(urgent).isGreaterThan(current);
        assertThat(question).isGreaterThan(urgent);
        assertThat(page.substring(urgent, question)).contains("<h3>Bel 112</h3>", "<h3>Stop het</h3>", "href=\"tel:112\"");
        String fragment = server.send(HttpRequest.newBuilder(server.uri("/gesprek"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Signaalwijzer-Fragment", "1")
                .POST(HttpRequest.BodyPublishers.ofString(answersForm("talk", List.of("acute-danger:yes")))).build()).body();
        assertThat(fragment).contains("Doe dit eerst", "<h3>Bel 112</h3>");
        assertThat(server.postForm("/gesprek", answersForm("talk", List.of("acute-danger:no"))).body())
                .doesNotContain("urgent-title");
    }

    @Test
    void aGlossaryWordIsExplainedForThisFlowsAudience() {
        String page = server.postForm("/gesprek", answersForm("talk", List.of("acute-danger:no", "kind:physical"))).body();
        assertThat(page).contains("Iemand van de organisatie die helpt bij zorgen.")
                .doesNotContain("De persoon bij wie je zorgen over een collega kwijt kunt.");
    }

    @Test
    void eachParagraphThatShowsIsItsOwnParagraphOnTheOutcomePage() {
        String page = server.postForm("/gesprek", answersForm("talk", List.of("acute-danger:no", "kind:sexual"))).body();
        assertThat(page).contains("<p class=\"outcome-text\">Praat er niet over met de persoon.</p>",
                "<p class=\"outcome-text\">Bij seksueel geweld helpt het Centrum.</p>");
    }

    @Test
    void preparedPagesOfAV2FlowAreByteIdenticalToRendering() throws Exception {
        PageRenderer renderer = PageRenderer.of(StaticAssets.fromClasspath(), ServerSettings.DEFAULTS.quickExitUrl());
        PreparedPages pages = PreparedPages.build(CATALOG, renderer);
        Flow flow = CATALOG.flow("talk").orElseThrow();
        for (FlowPath path : FlowPath.all(flow)) {
            for (int depth = 0; depth <= path.answers().size(); depth++) {
                List<Answer> answers = path.answers().subList(0, depth);
                for (Lang lang : flow.languages()) {
                    var conversation = Dialogue.replay(flow, answers);
                    assertThat(pages.html("talk", lang, answers).plain())
                            .isEqualTo(PageRenderer.utf8(renderer.conversation(conversation, CATALOG, lang)));
                    assertThat(pages.fragment("talk", lang, answers).plain())
                            .isEqualTo(PageRenderer.utf8(renderer.fragment(conversation, CATALOG, lang)));
                    assertThat(pages.json("talk", lang, answers).plain())
                            .isEqualTo(PageRenderer.json(conversation, CATALOG, lang));
                }
            }
        }
    }
}
