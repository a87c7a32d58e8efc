package nl.signaalwijzer.web;

import static nl.signaalwijzer.TestServer.answersForm;
import static nl.signaalwijzer.TestServer.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The HTML conversation without JavaScript: plain form posts to one URL, against a real server. */
class PageTest {
    @RegisterExtension
    static final TestServer server = TestServer.perClass(Fixtures::validFixture);


    private static HttpResponse<String> converse(String body) {
        return server.postForm("/gesprek", body);
    }

    @Test
    void theStartPageExplainsAndOffersTheFlows() {
        HttpResponse<String> page = server.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=utf-8");
        assertThat(page.body())
                .contains("<html lang=\"nl\" dir=\"ltr\">")
                .contains("href=\"tel:112\"", "Direct gevaar? Bel 112")
                .contains("niet met een mens en niet met AI", "Er wordt niets opgeslagen")
                .contains("<form method=\"post\" action=\"./gesprek#current\">", "name=\"flow\" value=\"tiny\"", "Klein");
        assertThat(server.get("/?lang=en").body()).contains("<html lang=\"en\" dir=\"ltr\">", "In danger now? Call 112", "Small");
    }

    @Test
    void startingAConversationAsksTheFirstQuestionWithItsOptions() {
        HttpResponse<String> page = converse(form("flow", "tiny", "lang", "nl"));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<title>Vraag 1 – Klein</title>")
                .contains("<legend><span class=\"step\">Vraag 1</span> <span class=\"question-text\">Is er nu gevaar?</span></legend>")
                .contains("<button class=\"option\" name=\"a\" value=\"acute-danger:yes\">Ja</button>")
                .contains("value=\"acute-danger:unsure\">Weet ik niet</button>")
                .doesNotContain("Vorige vraag");
    }

    @Test
    void eachStepShowsTheWholeTranscriptAndCarriesTheAnswersInHiddenFields() {
        HttpResponse<String> page = converse(answersForm("tiny", List.of("acute-danger:no")));
        assertThat(page.body())
                .contains("<input type=\"hidden\" name=\"a\" value=\"acute-danger:no\">")
                .contains("<p class=\"bubble bubble-question\">Is er nu gevaar?</p>")
                .contains("</span>Nee")
                .contains("name=\"edit\" value=\"0\"", "Wijzig")
                .contains("Vraag 2", "Maak je je zorgen?", "Ook twijfel telt.")
                .contains("<button class=\"secondary\" name=\"edit\" value=\"0\">Vorige vraag</button>")
                .contains("Opnieuw beginnen");
    }

    @Test
    void theOutcomeShowsAdviceContactsWhyNextStepsAndVersion() {
        HttpResponse<String> page = converse(answersForm("tiny", List.of("acute-danger:yes")));
        String version = Fixtures.validFixture().flow("tiny").orElseThrow().version();
        assertThat(page.body())
                .contains("<h2 id=\"outcome-title\">Bel 112</h2>")
                .contains("<div class=\"first-action urgent\">")
                .contains("<a class=\"tel\" href=\"tel:112\">Bel 112</a>")
                .contains("<summary>Waarom dit advies, en de bronnen</summary>", "Veiligheid eerst.")
                .contains("Wat gebeurt er daarna", "De organisatie handelt.")
                .contains("Wat je altijd mag doen", "Je mag altijd melden.")
                .contains("<li lang=\"nl\">Leidraad Veilige zorgrelatie – Stap 1</li>")
                .contains("tiny " + version);
    }

    @Test
    void difficultWordsAreExplainedWhereTheyAreUsed() {
        HttpResponse<String> page = converse(answersForm("tiny", List.of("acute-danger:yes")));
        assertThat(page.body()).contains("<summary>Uitleg van moeilijke woorden</summary>",
                "<dt lang=\"nl\">aandachtsfunctionaris</dt><dd>De persoon bij wie je zorgen over een collega kwijt kunt.</dd>")
                .doesNotContain("Stappen bij geweld door familie.");
        assertThat(converse(answersForm("tiny", List.of("acute-danger:yes")) + "&switch-lang=en").body())
                .contains("<summary>Difficult words explained</summary>",
                        "<dt lang=\"nl\">aandachtsfunctionaris</dt><dd>The person you can turn to with worries about a colleague.</dd>");
    }

    @Test
    void anExampleContactShowsItsRoleOnlyAndTheOutcomeSaysOnceThatContactsAreNotFilledIn() {
        String page = converse(answersForm("tiny", List.of("acute-danger:yes"))).body();
        assertThat(page).contains("<li class=\"contact example\">")
                .doesNotContain("vul in", "href=\"tel:vul");
        assertThat(page.split("heeft haar contactpersonen nog niet ingevuld", -1)).as("said once").hasSize(2);
        assertThat(converse(answersForm("tiny", List.of("acute-danger:yes")) + "&switch-lang=en").body())
                .doesNotContain("fill in").containsOnlyOnce("has not filled in its contact people yet");
    }

    @Test
    void aContactAppearsOncePerOutcome() {
        String page = converse(answersForm("tiny", List.of("acute-danger:yes"))).body();
        String outcome = page.substring(page.indexOf("<section class=\"outcome\""), page.indexOf("</section>"));
        java.util.regex.Matcher names = java.util.regex.Pattern.compile("<span class=\"contact-name\">([^<]+)</span>")
                .matcher(outcome);
        List<String> seen = new java.util.ArrayList<>();
        while (names.find()) {
            assertThat(seen).as("contact shown twice").doesNotContain(names.group(1));
            seen.add(names.group(1));
        }
        assertThat(seen).isNotEmpty();
    }

    @Test
    void changingAnAnswerMarksTheAnswerGivenBefore() {
        String page = converse(answersForm("tiny", List.of("acute-danger:no", "worried:no")) + "&edit=1").body();
        assertThat(page).contains("Maak je je zorgen?")
                .contains("class=\"option before\" name=\"a\" value=\"worried:no\"")
                .containsOnlyOnce("(eerder gekozen)");
    }

    @Test
    void changingAnAnswerGoesBackToThatQuestion() {
        HttpResponse<String> page = converse(answersForm("tiny", List.of("acute-danger:no", "worried:no")) + "&edit=0");
        assertThat(page.body()).contains("Vraag 1", "Is er nu gevaar?").doesNotContain("name=\"a\" value=\"worried:no\"")
                .doesNotContain("type=\"hidden\" name=\"a\"");
    }

    @Test
    void switchingLanguageKeepsTheAnswers() {
        HttpResponse<String> page = converse(answersForm("tiny", List.of("acute-danger:no")) + "&lang=nl&switch-lang=en");
        assertThat(page.body()).contains("<html lang=\"en\" dir=\"ltr\">", "Are you worried?", "</span>No")
                .contains("<input type=\"hidden\" name=\"a\" value=\"acute-danger:no\">");
    }

    @Test
    void noCookiesAndNoStoreOnEveryDynamicPage() {
        for (HttpResponse<String> page : List.of(server.get("/"), converse(form("flow", "tiny")),
                converse(form("flow", "nope")), server.get("/missing"))) {
            assertThat(page.headers().map()).doesNotContainKey("set-cookie");
            assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                    assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'"));
            assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        }
    }

    @Test
    void badInputGetsAFriendlyPageWithTheRightStatus() {
        assertFriendly(converse(form("flow", "nope")), 404);
        assertFriendly(converse(form("lang", "nl")), 400);
        assertFriendly(converse(answersForm("tiny", List.of("worried:yes"))), 400);
        assertFriendly(converse(answersForm("tiny", List.of("acute-danger:maybe"))), 400);
        assertFriendly(converse(answersForm("tiny", List.of("no-colon"))), 400);
        assertFriendly(converse(answersForm("tiny", List.of("acute-danger:no")) + "&edit=5"), 400);
        assertFriendly(converse("flow=tiny&a=%zz"), 400);
        assertFriendly(converse("flow=tiny&a=acute-danger%3A%C3%28"), 400);
        assertFriendly(server.post("/gesprek", "application/json", "{}"), 415);
        assertFriendly(converse("flow=tiny&a=" + "x".repeat(17 * 1024)), 413);
        assertFriendly(server.get("/nothing/here"), 404);
    }

    private static void assertFriendly(HttpResponse<String> page, int status) {
        assertThat(page.statusCode()).isEqualTo(status);
        assertThat(page.body()).contains("<h1>Dat lukte niet</h1>", "Opnieuw beginnen", "tel:112")
                .doesNotContain("Exception", "\tat ", "java.");
    }

    @Test
    void getOnTheConversationUrlGoesBackToTheStart() {
        HttpResponse<String> page = server.get("/gesprek");
        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.headers().firstValue("Location")).hasValue("/");
    }
}
