package nl.signaalwijzer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.TestServer;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.organisation.Organisations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21: one server for many organisations and their locations (contract v1.3). Over the example folder
 * ({@code flows/organisations}, its numbers taken as filled in): each organisation and location shows its own
 * contacts on an outcome, as a page and in the API; a kiosk's QR code carries its location's numbers; every link and
 * form stays in the organisation or location it was asked in; an unknown one is a 404 that names none.
 */
class OrganisationScopesTest {
    private static final String ZORGGROEP = "/o/zorggroep-rivierenland";
    private static final String ZUID = ZORGGROEP + "/zuid";
    private static final String NOORD = ZORGGROEP + "/noord";
    private static final String HAL = ZORGGROEP + "/zuid-hal";
    private static final String VOORBEELD = "/o/voorbeeldzorg";
    /** In danger, a colleague does it (medewerker): "stop it" names the leidinggevende and the on-call service. */
    private static final List<String> DANGER = List.of("acute-danger:yes", "perpetrator:client");

    @TempDir
    static Path dir;
    private static TestServer server;

    @BeforeAll
    static void start() throws java.io.IOException {
        FlowCatalog flows = Fixtures.realCatalog();
        Path folder = Fixtures.exampleOrganisationsFilledIn(dir);
        // an organisation with a quick exit of its own (the example names the server's default)
        Path zorggroep = folder.resolve("zorggroep-rivierenland.yaml");
        String text = java.nio.file.Files.readString(zorggroep);
        assertThat(text).contains("quick-exit-url: \"https://www.buienradar.nl/\"");
        java.nio.file.Files.writeString(zorggroep, text.replace("quick-exit-url: \"https://www.buienradar.nl/\"",
                "quick-exit-url: \"https://www.knmi.nl/\""));
        Organisations organisations = Fixtures.organisations(folder, flows);
        server = TestServer.start(() -> flows, () -> organisations,
                ServerSettings.DEFAULTS.with(Map.of("REQUEST_LOG", "off", "RATE_LIMIT_PER_MINUTE", "0")));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String outcome(String scope) {
        HttpResponse<String> page = server.postForm(scope + "/gesprek", TestServer.answersForm("medewerker", DANGER));
        assertThat(page.statusCode()).as(scope).isEqualTo(200);
        return page.body();
    }

    private static String api(String scope) {
        HttpResponse<String> json = server.postJson(scope + "/api/v1/flows/medewerker/conversation",
                "{\"answers\":[{\"question\":\"acute-danger\",\"option\":\"yes\"},{\"question\":\"perpetrator\",\"option\":\"client\"}]}");
        assertThat(json.statusCode()).as(scope).isEqualTo(200);
        return json.body();
    }

    @Test
    void eachOrganisationAndLocationShowsItsOwnOnCallNumberOnAnOutcomePageAndInTheApi() {
        // the organisation's own number, Zuid's and Noord's, each overriding only the phone
        Map<String, String> onCall = Map.of(ZORGGROEP, "0344 000 008", ZUID, "0344 100 008", NOORD, "0344 200 008");
        onCall.forEach((scope, number) -> {
            String page = outcome(scope);
            assertThat(page).as(scope).contains(number).contains("href=\"tel:" + number.replace(" ", "") + "\"");
            onCall.values().stream().filter(other -> !other.equals(number))
                    .forEach(other -> assertThat(page).as(scope + " shows another's number").doesNotContain(other));
            assertThat(api(scope)).as(scope).contains("\"phone\":\"" + number + "\"");
        });
        // Zuid's own leidinggevende; Noord inherits the organisation's
        assertThat(outcome(ZUID)).contains("0344 100 007").doesNotContain("0344 000 007");
        assertThat(outcome(NOORD)).contains("0344 000 007");
        // the other organisation has its own (in the example, placeholders for every number)
        assertThat(outcome(VOORBEELD)).contains("vul in").doesNotContain("0344 ");
        assertThat(api(VOORBEELD)).doesNotContain("0344 ");
        // without a prefix, the default organisation, exactly as before (the flows' organisation.yaml: examples)
        assertThat(outcome("")).doesNotContain("0344 ");
        // the national numbers are the same everywhere: nobody can change 112
        for (String scope : List.of("", VOORBEELD, ZORGGROEP, ZUID)) {
            assertThat(outcome(scope)).as(scope).contains("href=\"tel:112\"");
        }
    }

    @Test
    void eachOrganisationsQuickExitGoesWhereItSaysOnEveryPageAndTheServersWhereItSaysNothing() {
        for (String scope : List.of(ZORGGROEP, ZUID, NOORD)) {
            assertThat(server.get(scope + "/").body()).as(scope).contains("class=\"quick-exit\" href=\"https://www.knmi.nl/\"");
            assertThat(outcome(scope)).as(scope).contains("class=\"quick-exit\" href=\"https://www.knmi.nl/\"");
        }
        for (String scope : List.of("", VOORBEELD)) {
            assertThat(outcome(scope)).as(scope).contains("class=\"quick-exit\" href=\"https://www.buienradar.nl/\"")
                    .doesNotContain("knmi");
        }
        // a kiosk leaves for its own start, never for a site
        assertThat(outcome(HAL)).contains("class=\"quick-exit\" href=\"./\"").doesNotContain("knmi");
    }

    @Test
    void theKioskInTheHallOfZuidCarriesZuidsNumbersInItsQrCodeAndHasNoTelephoneLinks() {
        String page = outcome(HAL);
        Matcher svg = Pattern.compile("<svg\\b.*?</svg>", Pattern.DOTALL).matcher(page);
        assertThat(svg.find()).as("a QR code on the kiosk's outcome").isTrue();
        String qr = QrReader.read(svg.group());
        assertThat(qr).contains("0344 100 008").contains("0344 100 007").doesNotContain("0344 000 008");
        assertThat(page).contains("data-kiosk-idle").doesNotContain("href=\"tel:");
        // a carer's phone in Zuid itself is never a kiosk: no idle wipe, its numbers can be called
        String phone = outcome(ZUID);
        assertThat(phone).doesNotContain("data-kiosk-idle").contains("href=\"tel:0344100008\"");
        // a kiosk does not offer the flow for staff only, in its own scope too
        assertThat(server.postForm(HAL + "/gesprek", TestServer.answersForm("ontvanger", List.of())).statusCode())
                .isEqualTo(404);
        assertThat(server.postForm(ZUID + "/gesprek", TestServer.answersForm("ontvanger", List.of())).statusCode())
                .isEqualTo(200);
    }

    private static final Pattern LINK = Pattern.compile("(?:href|src|action)=\"([^\"]*)\"");

    /**
     * Every page type, crawled from the start page of each scope: the pages linked, the conversation's pages by its
     * forms (a question, an outcome, a checklist), an error page; every address on them stays in the scope.
     */
    @Test
    void everyLinkAndFormOnEveryPageTypeStaysInItsScope() {
        for (String scope : List.of("", VOORBEELD, ZORGGROEP, ZUID, HAL)) {
            List<String> outside = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            Deque<URI> toVisit = new ArrayDeque<>(List.of(server.uri(scope + "/")));
            Map<URI, String> pages = new java.util.LinkedHashMap<>();
            while (!toVisit.isEmpty() && pages.size() < 40) {
                URI at = toVisit.pop();
                // the conversation is a form (POST); a GET of its address only leads back to the start
                if (!seen.add(at.toString()) || at.getPath().contains("/static/") || at.getPath().endsWith(".mmd")
                        || at.getPath().endsWith("/gesprek")
                        || at.getPath().endsWith("/diagram")) {
                    continue;
                }
                HttpResponse<String> page = server.get(at.getRawPath() + (at.getRawQuery() == null ? "" : "?" + at.getRawQuery()));
                assertThat(page.statusCode()).as(at.toString()).isEqualTo(200);
                pages.put(at, page.body());
                links(at, page.body()).forEach(toVisit::add);
            }
            // the conversation's pages are reached by POST: a question, an outcome, and (not on a kiosk) a checklist
            pages.put(server.uri(scope + "/gesprek"), server.postForm(scope + "/gesprek",
                    TestServer.answersForm("medewerker", List.of())).body());
            pages.put(server.uri(scope + "/gesprek#outcome"), outcome(scope));
            if (!scope.equals(HAL)) {
                pages.put(server.uri(scope + "/gesprek#checklist"), server.postForm(scope + "/gesprek",
                        TestServer.answersForm("ontvanger", List.of("acute-danger:no", "perpetrator:relative"))).body());
            }
            // an error page, deeper than any page: its links are absolute, in the scope
            HttpResponse<String> missing = server.get(scope + "/gesprek/niet/hier");
            assertThat(missing.statusCode()).isEqualTo(404);
            pages.put(server.uri(scope + "/gesprek/niet/hier"), missing.body());
            assertThat(pages.size()).as(scope + ": page types crawled").isGreaterThanOrEqualTo(8);
            pages.forEach((at, body) -> links(at, body).forEach(link -> {
                String path = link.getPath();
                boolean inScope = scope.isEmpty() ? !path.startsWith("/o/") : path.equals(scope + "/")
                        || path.startsWith(scope + "/");
                if (!inScope) {
                    outside.add(at + " -> " + link);
                }
            }));
            assertThat(outside).as(scope + ": links or forms leaving the scope").isEmpty();
        }
    }

    /** The addresses a page links to on this server, resolved as a browser does; {@code tel:} and other sites aside. */
    private static List<URI> links(URI page, String body) {
        List<URI> links = new ArrayList<>();
        Matcher link = LINK.matcher(body);
        while (link.find()) {
            String href = link.group(1).replace("&amp;", "&");
            if (href.startsWith("tel:") || href.startsWith("#") || href.startsWith("https://")) {
                continue;
            }
            URI resolved = page.resolve(href);
            assertThat(resolved.getHost()).as(page + " links to " + href).isEqualTo("127.0.0.1");
            links.add(URI.create(resolved.getScheme() + "://" + resolved.getAuthority() + resolved.getRawPath()
                    + (resolved.getRawQuery() == null ? "" : "?" + resolved.getRawQuery())));
        }
        return links;
    }

    @Test
    void anUnknownOrganisationOrLocationIsA404ThatNamesNone() {
        for (String path : List.of("/o/onbekend/", "/o/onbekend", "/o/zorggroep-rivierenland/onbekend/",
                "/o/onbekend/privacy", "/o/onbekend/static/css/app.css", "/o/zorggroep-rivierenland/onbekend/privacy",
                "/o/Zorggroep-Rivierenland/")) {
            HttpResponse<String> page = server.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(404);
            assertThat(page.body()).as(path).doesNotContainIgnoringCase("rivierenland").doesNotContainIgnoringCase("voorbeeldzorg")
                    .doesNotContain("/o/").contains("class=\"quick-exit\"");
        }
        HttpResponse<String> api = server.get("/o/onbekend/api/v1/flows");
        assertThat(api.statusCode()).isEqualTo(404);
        assertThat(api.body()).contains("\"code\":\"unknown-organisation\"");
        HttpResponse<String> step = server.postJson("/o/zorggroep-rivierenland/onbekend/api/v1/flows/medewerker/conversation",
                "{\"answers\":[]}");
        assertThat(step.statusCode()).isEqualTo(404);
        assertThat(step.body()).contains("\"code\":\"unknown-organisation\"").doesNotContainIgnoringCase("rivierenland");
    }

    @Test
    void theMetricsCountRequestsByOrganisationButNeverByLocationOrByAWordSomeoneTyped() {
        outcome(ZUID);
        server.get("/o/iemand-typte-dit/");
        String metrics = server.get("/metrics").body();
        assertThat(metrics).contains("signaalwijzer_requests_organisation_total{organisation=\"zorggroep-rivierenland\",route=\"/gesprek\",status=\"200\"}")
                .doesNotContain("iemand-typte-dit").doesNotContain("zuid").doesNotContain("{location}");
        // the latency histogram has no organisation label
        metrics.lines().filter(line -> line.startsWith("http_server_requests_seconds"))
                .forEach(line -> assertThat(line).doesNotContain("organisation"));
    }
}
