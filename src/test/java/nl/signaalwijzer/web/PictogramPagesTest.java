package nl.signaalwijzer.web;

import static nl.signaalwijzer.TestServer.answersForm;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Pictograms in Makkelijk lezen, over HTTP (fixture {@code fixtures/pictograms}): left of each answer and of
 * the first step, as an {@code <img alt="">} (the words beside it say the same, so a screen reader reads them
 * once) at a content-hashed URL this server serves as SVG; in Dutch and English no pictogram at all.
 */
class PictogramPagesTest {
    private static final String EASY = "nl-x-easy";

    @RegisterExtension
    static final TestServer server = TestServer.perClass(Fixtures::pictogramsFixture);

    /** The pictograms of a page, in order: the URL of each, and the words right after it. */
    private record Shown(String url, String words) {
    }

    private static List<Shown> pictograms(String page) {
        Matcher img = Pattern.compile("<img class=\"pictogram\" src=\"([^\"]+)\" alt=\"\" width=\"40\" height=\"40\">"
                + "<span>(?:<span class=\"do-first\">[^<]*</span> )?([^<]*)").matcher(page);
        List<Shown> shown = new ArrayList<>();
        while (img.find()) {
            shown.add(new Shown(img.group(1), img.group(2)));
        }
        return shown;
    }

    private static String page(String lang, String... answers) {
        HttpResponse<String> response = server.postForm("/gesprek",
                answersForm("tiny", List.of(answers)) + "&lang=" + lang);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    @Test
    void eachAnswerOfAQuestionHasItsPictogramLeftOfItsWords() {
        String question = page(EASY);
        assertThat(pictograms(question)).extracting(Shown::words)
                .containsExactly("Ja (makkelijk)", "Nee (makkelijk)", "Weet ik niet (makkelijk)");
        assertThat(pictograms(question)).extracting(Shown::url).satisfiesExactly(
                url -> assertServedAsSvg(url, "2714"), url -> assertServedAsSvg(url, "2716"),
                url -> assertServedAsSvg(url, "2753"));
        // every img on the page is a pictogram with an empty alt: the words beside it say the same
        assertThat(question.split("<img", -1)).hasSize(4);
        assertThat(question).contains("<button class=\"option with-pictogram\" name=\"a\" value=\"acute-danger:yes\">");
    }

    @Test
    void theFirstStepOfAnOutcomeHasItsPictogramLeftOfItsTitle() {
        String report = page(EASY, "acute-danger:no", "worried:yes");
        assertThat(report).contains("<h3 class=\"with-pictogram\"><img class=\"pictogram\"");
        assertThat(pictograms(report)).singleElement().satisfies(shown -> {
            assertThat(shown.words()).isEqualTo("Meld het intern (makkelijk)");
            assertServedAsSvg(shown.url(), "1F5E3");
        });
        // the first step's title repeats the outcome's ("Bel 112") and is hidden: the pictogram goes to the title shown
        String danger = page(EASY, "acute-danger:yes");
        assertThat(danger).contains("<h2 id=\"outcome-title\" class=\"with-pictogram\"><img class=\"pictogram\"");
        assertThat(pictograms(danger)).singleElement().satisfies(shown -> {
            assertThat(shown.words()).isEqualTo("Bel 112 (makkelijk)");
            assertServedAsSvg(shown.url(), "260E");
        });
    }

    @Test
    void aPageWithPictogramsLinksTheirStyleSheetAndKeepsTheSameCsp() {
        String question = page(EASY);
        Matcher css = Pattern.compile("href=\"\\.(/static/css/easy\\.[0-9a-f]{10}\\.css)\"").matcher(question);
        assertThat(css.find()).isTrue();
        HttpResponse<String> sheet = server.get(css.group(1));
        assertThat(sheet.statusCode()).isEqualTo(200);
        assertThat(sheet.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));

        String csp = csp(EASY);
        assertThat(csp).isEqualTo(csp("nl")).contains("img-src 'self' data:");
    }

    @Test
    void pagesInDutchAndEnglishHaveNoPictogramAndLoadNothingMore() {
        for (String lang : List.of("nl", "en")) {
            for (String page : List.of(page(lang), page(lang, "acute-danger:no", "worried:yes"),
                    page(lang, "acute-danger:yes"), server.get("/?lang=" + lang).body())) {
                assertThat(page).as(lang).doesNotContain("<img", "pictogram", "easy.css");
            }
        }
        assertThat(server.get("/?lang=" + EASY).body()).as("the start page shows no pictogram")
                .doesNotContain("<img", "easy.css");
    }

    @Test
    void thePrivacyPageCreditsOpenMojiInEveryLanguage() {
        for (String lang : List.of("nl", "en", EASY)) {
            String privacy = server.get("/privacy?lang=" + lang).body();
            assertThat(privacy).as(lang).contains("OpenMoji (openmoji.org)", "id=\"plaatjes\"",
                    "CC BY-SA 4.0 (creativecommons.org/licenses/by-sa/4.0)")
                    .as("no link that leaves the safety shell").doesNotContain("href=\"https://openmoji", "href=\"https://creativecommons");
            Matcher notice = Pattern.compile("href=\"\\.(/static/pictograms/NOTICE\\.[0-9a-f]{10}\\.txt)\"").matcher(privacy);
            assertThat(notice.find()).as(lang).isTrue();
            assertThat(server.get(notice.group(1)).body()).contains("OpenMoji", "CC BY-SA 4.0");
        }
    }

    private static String csp(String lang) {
        HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri("/gesprek"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(answersForm("tiny", List.of()) + "&lang=" + lang)).build());
        return response.headers().firstValue("Content-Security-Policy").orElseThrow();
    }

    /** The URL is content-hashed, cached for a year, and serves exactly the copied SVG as image/svg+xml. */
    private static void assertServedAsSvg(String url, String name) {
        assertThat(url).matches("\\./static/pictograms/" + Pattern.quote(name) + "\\.[0-9a-f]{10}\\.svg");
        HttpResponse<byte[]> svg = server.sendForBytes(HttpRequest.newBuilder(server.uri(url.substring(1))).GET().build()); // ./static/...
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
        assertThat(svg.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
        try {
            assertThat(svg.body()).isEqualTo(Files.readAllBytes(Path.of("static/pictograms", name + ".svg")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
