package nl.signaalwijzer.web.rendering;

import nl.signaalwijzer.web.ServerSettings;

import static nl.signaalwijzer.TestServer.answersForm;
import static nl.signaalwijzer.TestServer.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.TestServer;
import nl.signaalwijzer.flow.Lang;
import nl.signaalwijzer.flow.PageWords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The safety shell on every page, for a personal device and for a kiosk, against real servers. */
class SafetyShellTest {
    @RegisterExtension
    static final TestServer personal = TestServer.perClass(Fixtures::validFixture);

    @RegisterExtension
    static final TestServer kiosk = TestServer.perClass(Fixtures::kioskFixture);


    /** One of each kind of page: start, question, outcome, error, privacy, quick-exit help, not found. */
    private static List<HttpResponse<String>> everyKindOfPage(TestServer server) {
        return List.of(server.get("/"), server.get("/?lang=en"),
                server.postForm("/gesprek", form("flow", "tiny")),
                server.postForm("/gesprek", answersForm("tiny", List.of("acute-danger:no", "worried:yes"))),
                server.postForm("/gesprek", answersForm("tiny", List.of("worried:yes"))),
                server.get("/privacy"), server.get("/snel-weg?lang=en"), server.get("/nothing"));
    }

    @Test
    void everyPageOffersQuickExitAsFirstTabStopAnd112AndThePrivacyPages() {
        for (HttpResponse<String> page : everyKindOfPage(personal)) {
            String body = page.body();
            String afterBodyTag = body.substring(body.indexOf("<body"));
            // The first focusable element after <body> is the quick exit; without JS it is a plain link.
            Matcher first = Pattern.compile("<(a|button|input|select|textarea)\\b[^>]*>").matcher(afterBodyTag);
            assertThat(first.find()).isTrue();
            assertThat(first.group()).contains("class=\"quick-exit\"", "href=\"" + ServerSettings.NEUTRAL_SITE + "\"",
                    "rel=\"noreferrer\"", "data-quick-exit");
            assertThat(body).containsAnyOf("Snel weg", "Leave quickly")
                    .contains("<a class=\"danger\" href=\"tel:112\">")
                    .containsAnyOf("Direct gevaar? Bel 112", "In danger now? Call 112")
                    // safety.js at its content-hashed URL (see StaticAssets)
                    .containsPattern("<script src=\"\\.?/static/js/safety\\.[0-9a-f]{10}\\.js\" defer></script>")
                    // relative to the page (./privacy: it stays in its organisation's scope); an error page, which
                    // can be at any depth, from the scope's own path
                    .containsPattern("href=\"\\.?/privacy\\?lang=").containsPattern("href=\"\\.?/snel-weg\\?lang=")
                    .doesNotContain("style=", "<script>", "onclick", "data-kiosk");
        }
    }

    @Test
    void theQuickExitHelpIsHonestAboutWhatItCannotDo() {
        assertThat(personal.get("/snel-weg").body())
                .contains("Snel weg: wat het wel en niet doet", "drie keer op Shift", "twee keer snel op Esc",
                        "www.buienradar.nl", "wist je geschiedenis niet", "Staat JavaScript uit?", "privévenster",
                        "Ctrl+Shift+N");
        assertThat(personal.get("/snel-weg?lang=en").body())
                .contains("does not erase your history", "private window", "<html lang=\"en\" dir=\"ltr\">");
    }

    @Test
    void thePrivacyPageSaysWhatIsStoredSeenAndRemembered() {
        assertThat(personal.get("/privacy").body())
                .contains("Wat we bewaren: niets", "geen cookies", "Wat de server ziet", "internetadres",
                        "Wat je telefoon of computer kan onthouden", "Snel weggaan", "Testzorg");
        assertThat(personal.get("/privacy?lang=en").body())
                .contains("What we keep: nothing", "no cookies", "What the server sees", "Leaving quickly");
    }

    @Test
    void aKioskCarriesItsSettingsForTheScriptAndOffersClearEverything() {
        for (HttpResponse<String> page : everyKindOfPage(kiosk)) {
            assertThat(page.body())
                    .containsPattern("<body data-home=\"\\.?/\" class=\"kiosk\" data-kiosk-idle=\"15\" data-kiosk-countdown=\"5\">")
                    .containsPattern("<a class=\"quick-exit\" href=\"\\.?/\"")
                    .contains("data-kiosk-clear>",
                            "role=\"alertdialog\"", "hidden data-kiosk-dialog", "<span class=\"danger\">")
                    .as("a kiosk cannot call: numbers are text").doesNotContain("href=\"tel:");
        }
        assertThat(kiosk.get("/").body()).contains("data-kiosk-clear>Wis alles</a>", "Dit is een gedeeld scherm.");
    }

    @Test
    void aKioskNeverLinksToAnotherSite() {
        for (HttpResponse<String> page : everyKindOfPage(kiosk)) {
            assertThat(page.body()).doesNotContain("href=\"http", "href=\"//", "www.buienradar.nl", "example.org");
        }
    }

    @Test
    void aKioskOutcomeDrawsItsQrCodeInThePageWithoutAnAddress() {
        String outcome = kiosk.postForm("/gesprek", answersForm("tiny", List.of("acute-danger:no", "worried:yes")))
                .body();
        // An inline image with its name; attributes only (strict CSP); no URL a browser or proxy could keep.
        assertThat(outcome).containsPattern("<figure class=\"kiosk-qr\">\\s*<svg xmlns=\"http://www.w3.org/2000/svg\""
                        + " role=\"img\" aria-label=\"QR-code met de telefoonnummers bij dit advies\"")
                .contains("<title>QR-code met de telefoonnummers bij dit advies</title>", "Scan deze code")
                .doesNotContain("/qr/", "style=");
        assertThat(personal.postForm("/gesprek", answersForm("tiny", List.of("acute-danger:no", "worried:yes")))
                .body()).doesNotContain("kiosk-qr", "<svg");
        // The old route named an outcome and showed the numbers of all its paths: gone, not kept half-right.
        assertThat(kiosk.get("/qr/tiny/report?lang=nl").statusCode()).isEqualTo(404);
    }

    @Test
    void theQrTextIsPublicInformationOnly() throws Exception {
        var flow = Fixtures.validFixture().flow("tiny").orElseThrow();
        var danger = nl.signaalwijzer.dialogue.Dialogue.replay(flow,
                List.of(new nl.signaalwijzer.dialogue.Answer("acute-danger", "yes")));
        String text = OutcomeQr.text(danger.advice().title().in(Lang.NL), danger.advice().actions(), Lang.NL,
                PageWords.bundled().word(Lang.NL, "danger"));
        // The heading, real phone numbers only (no placeholders), and 112; never a question or an answer.
        assertThat(text).isEqualTo("Bel 112\nAlarmnummer: 112\nDirect gevaar? Bel 112");
    }
}
