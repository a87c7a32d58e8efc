package nl.signaalwijzer.web;

import static nl.signaalwijzer.TestServer.answersForm;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The HTML fragment for static/js/chat.js: only the new bubbles, from the same partials, never cached. */
class FragmentTest {
    @RegisterExtension
    static final TestServer server = TestServer.perClass(Fixtures::validFixture);


    private static HttpResponse<String> fragment(String body) {
        return server.send(HttpRequest.newBuilder(server.uri("/gesprek"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Signaalwijzer-Fragment", "1")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    @Test
    void anAnswerGivesTheNewHiddenFieldTheAnsweredTurnAndTheNextQuestion() {
        HttpResponse<String> response = fragment(answersForm("tiny", List.of("acute-danger:no")));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .startsWith("<div class=\"fragment\" data-title=\"Vraag 2 – Klein\">")
                .doesNotContain("<html", "<head", "<footer", "quick-exit")
                .contains("<input type=\"hidden\" name=\"a\" value=\"acute-danger:no\">")
                .contains("<p class=\"bubble bubble-question\">Is er nu gevaar?</p>", "</span>Nee")
                .contains("<fieldset class=\"bubble bubble-question current\" id=\"current\" tabindex=\"-1\">")
                .contains("<span class=\"step\">Vraag 2</span>", "Maak je je zorgen?")
                .contains("<button class=\"secondary\" name=\"edit\" value=\"0\">Vorige vraag</button>");
        // the turn is rendered by the same partial as in the full page
        String page = server.postForm("/gesprek", answersForm("tiny", List.of("acute-danger:no"))).body();
        String turn = response.body().substring(response.body().indexOf("<li class=\"turn\">"),
                response.body().indexOf("</li>") + 5);
        assertThat(page).contains(turn);
    }

    @Test
    void theLastAnswerGivesTheOutcome() {
        HttpResponse<String> response = fragment(answersForm("tiny", List.of("acute-danger:yes")));
        assertThat(response.body()).contains("<h2 id=\"outcome-title\">Bel 112</h2>", "id=\"current\"")
                .contains("<input type=\"hidden\" name=\"a\" value=\"acute-danger:yes\">");
    }

    @Test
    void neverCachedAndMarkedAsVaryingByTheHeader() {
        HttpResponse<String> response = fragment(answersForm("tiny", List.of("acute-danger:no")));
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.headers().firstValue("Vary")).hasValueSatisfying(v ->
                assertThat(v).contains("X-Signaalwijzer-Fragment"));
        assertThat(response.headers().firstValue("Content-Security-Policy")).isPresent();
        assertThat(response.headers().map()).doesNotContainKey("set-cookie");
    }

    @Test
    void changingAnAnswerOrTheLanguageAlwaysGivesAWholePage() {
        assertThat(fragment(answersForm("tiny", List.of("acute-danger:no")) + "&edit=0").body())
                .startsWith("<!DOCTYPE html>");
        assertThat(fragment(answersForm("tiny", List.of("acute-danger:no")) + "&switch-lang=en").body())
                .startsWith("<!DOCTYPE html>").contains("<html lang=\"en\" dir=\"ltr\">");
    }

    @Test
    void aWrongAnswerIsTheFriendlyErrorPageWithItsStatus() {
        HttpResponse<String> response = fragment(answersForm("tiny", List.of("acute-danger:maybe")));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("<h1>Dat lukte niet</h1>");
    }
}
