package nl.signaalwijzer.web;

import nl.signaalwijzer.flow.PageWords;
import nl.signaalwijzer.web.routes.PageRoutes;

import static nl.signaalwijzer.TestServer.answersForm;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.TestServer;
import nl.signaalwijzer.dialogue.FlowPath;
import nl.signaalwijzer.flow.Contact;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.flow.Lang;
import nl.signaalwijzer.flow.ResolvedAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 17, item 10: on a kiosk, the QR code of an outcome carries exactly the phone numbers the advice
 * on that path shows, never a number of another path to the same outcome. Checked by decoding the code
 * (ZXing) on every path of every real flow, in both languages, as a whole page and as the fragment
 * {@code chat.js} appends, from a real server.
 */
class KioskQrOnEveryPathTest {
    private static final FlowCatalog CATALOG = Fixtures.realKioskCatalog();

    @RegisterExtension
    static final TestServer kiosk = TestServer.perClass(() -> CATALOG,
            ServerSettings.DEFAULTS.with(Map.of("REQUEST_LOG", "off", "RATE_LIMIT_PER_MINUTE", "0")));

    private static final Pattern FIGURE = Pattern.compile("<figure class=\"kiosk-qr\">(.*?)</figure>", Pattern.DOTALL);
    private static final Pattern SVG = Pattern.compile("<svg\\b.*?</svg>", Pattern.DOTALL);
    /** A line "name: number" in the decoded text. */
    private static final Pattern PHONE_LINE = Pattern.compile("^(.+): ([0-9][0-9 ()+-]*)$");

    private final Map<String, String> decoded = new HashMap<>();

    @Test
    void theQrCodeCarriesExactlyThePhoneNumbersShownOnThePath() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (Flow flow : kioskFlows()) {
            for (FlowPath path : FlowPath.all(flow)) {
                for (Lang lang : flow.languages()) {
                    List<String> shown = shownContactLines(path, lang);
                    List<String> shownPhones = shown.stream().map(l -> phoneOf(l)).toList();
                    for (boolean fragment : new boolean[] {false, true}) {
                        String text = qrText(page(flow.id(), path, lang, fragment));
                        List<String> lines = List.of(text.split("\n", -1));
                        List<String> phones = lines.stream().filter(l -> PHONE_LINE.matcher(l).matches())
                                .map(KioskQrOnEveryPathTest::phoneOf).toList();
                        // The outcome's heading, the path's contacts, 112: public words only, nothing answered.
                        List<String> expected = new ArrayList<>();
                        expected.add(path.advice().title().in(lang));
                        expected.addAll(shown);
                        expected.add(PageWords.bundled().in(lang).get("danger"));
                        if (!phones.equals(shownPhones) || !lines.equals(expected)) {
                            wrong.add(flow.id() + " " + lang.code() + (fragment ? " fragment " : " page ")
                                    + path.line() + "\n    shown:  " + shown + "\n    in QR:  "
                                    + lines.subList(1, lines.size() - 1));
                        }
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).as("pages checked").isGreaterThan(2000);
        assertThat(wrong).as("%d of %d kiosk outcome pages whose QR code does not carry exactly the numbers shown;"
                + " the first:\n%s", wrong.size(), checked, String.join("\n", wrong.subList(0, Math.min(8, wrong.size()))))
                .isEmpty();
    }

    @Test
    void theQrCodeIsPartOfThePageAndNoAddressCarriesTheAnswers() {
        for (Flow flow : kioskFlows()) {
            FlowPath path = FlowPath.all(flow).get(0);
            String page = page(flow.id(), path, Lang.NL, false);
            Matcher figure = FIGURE.matcher(page);
            assertThat(figure.find()).as("a QR code on %s's outcome", flow.id()).isTrue();
            // Drawn in the page, which is no-store: no address a browser or proxy could log or cache.
            assertThat(figure.group(1)).doesNotContain("src=", "href=", "/qr/")
                    .contains("<svg", "role=\"img\"", "aria-label=\"" + PageWords.bundled().in(Lang.NL).get("qrAlt") + "\"",
                            "<title>" + PageWords.bundled().in(Lang.NL).get("qrAlt") + "</title>")
                    .doesNotContain("style");
        }
    }

    /** The flows a kiosk offers: a flow for staff only ({@code on-kiosk: false}, the ontvanger flow) is not served there. */
    private static List<Flow> kioskFlows() {
        return CATALOG.flows().values().stream().filter(Flow::onKiosk).toList();
    }

    /** "name: number" for each contact the outcome page shows with a real number, once, in page order. */
    private static List<String> shownContactLines(FlowPath path, Lang lang) {
        Set<String> lines = new LinkedHashSet<>();
        for (ResolvedAction action : path.advice().actions()) {
            for (Contact contact : action.contacts()) {
                if (contact.phone() != null && !contact.example()) {
                    lines.add(contact.name().in(lang) + ": " + contact.phone());
                }
            }
        }
        return List.copyOf(lines);
    }

    private static String phoneOf(String line) {
        Matcher phone = PHONE_LINE.matcher(line);
        if (!phone.matches()) {
            throw new IllegalArgumentException("not a phone line: " + line);
        }
        return phone.group(2);
    }

    private static String page(String flowId, FlowPath path, Lang lang, boolean fragment) {
        List<String> answers = path.answers().stream().map(a -> a.question() + ":" + a.option()).toList();
        HttpRequest.Builder request = HttpRequest.newBuilder(kiosk.uri("/gesprek"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(answersForm(flowId, answers) + "&lang=" + lang.code()));
        if (fragment) {
            request.header(PageRoutes.FRAGMENT_HEADER, "1");
        }
        HttpResponse<String> response = kiosk.send(request.build());
        assertThat(response.statusCode()).as("%s %s", flowId, answers).isEqualTo(200);
        return response.body();
    }

    /** The text of the page's QR code, as a phone would read it. */
    private String qrText(String page) {
        Matcher figure = FIGURE.matcher(page);
        assertThat(figure.find()).as("a QR code on the outcome").isTrue();
        Matcher svg = SVG.matcher(figure.group(1));
        assertThat(svg.find()).as("an inline SVG in %s", figure.group()).isTrue();
        return decoded.computeIfAbsent(svg.group(), QrReader::read);
    }
}
