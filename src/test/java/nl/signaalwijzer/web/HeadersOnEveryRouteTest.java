package nl.signaalwijzer.web;

import static nl.signaalwijzer.TestServer.answersForm;
import static nl.signaalwijzer.TestServer.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Every route and every kind of answer (page, API, static, error, redirect) carries every header. */
class HeadersOnEveryRouteTest {
    @RegisterExtension
    static final TestServer server = TestServer.perClass(Fixtures::kioskFixture);

    @RegisterExtension
    static final TestServer limited = TestServer.perClass(Fixtures::validFixture,
            ServerSettings.DEFAULTS.with(Map.of(
                    "REQUEST_LOG", "off", "RATE_LIMIT_PER_MINUTE", "1", "RATE_LIMIT_BURST", "1")));


    private static Map<String, HttpResponse<String>> everyRoute() {
        Map<String, HttpResponse<String>> responses = new LinkedHashMap<>();
        responses.put("GET /", server.get("/"));
        responses.put("GET /privacy", server.get("/privacy?lang=en"));
        responses.put("GET /snel-weg", server.get("/snel-weg"));
        responses.put("GET /gesprek (303)", server.get("/gesprek"));
        responses.put("POST /gesprek question", server.postForm("/gesprek", form("flow", "tiny")));
        responses.put("POST /gesprek outcome", server.postForm("/gesprek", answersForm("tiny", List.of("acute-danger:yes"))));
        responses.put("POST /gesprek 400", server.postForm("/gesprek", answersForm("tiny", List.of("worried:yes"))));
        responses.put("POST /gesprek 404", server.postForm("/gesprek", form("flow", "nope")));
        responses.put("POST /gesprek 413", server.postForm("/gesprek", "flow=tiny&a=" + "x".repeat(20_000)));
        responses.put("POST /gesprek 415", server.post("/gesprek", "text/plain", "flow=tiny"));
        responses.put("PUT /gesprek 405", server.send(HttpRequest.newBuilder(server.uri("/gesprek"))
                .PUT(HttpRequest.BodyPublishers.noBody()).build()));
        responses.put("GET /api/v1/flows", server.get("/api/v1/flows"));
        responses.put("POST api 200", server.postJson("/api/v1/flows/tiny/conversation", "{\"answers\":[]}"));
        responses.put("POST api 400", server.postJson("/api/v1/flows/tiny/conversation", "{"));
        responses.put("POST api 404", server.postJson("/api/v1/flows/nope/conversation", "{\"answers\":[]}"));
        responses.put("POST api 415", server.post("/api/v1/flows/tiny/conversation", "text/plain", "{}"));
        responses.put("GET 404", server.get("/no/such/page"));
        responses.put("GET static css", server.get("/static/css/app.css"));
        responses.put("GET static js", server.get("/static/js/safety.js"));
        responses.put("GET static 404", server.get("/static/js/nope.js"));
        // the URLs pages actually link to: content-hashed, cached for a year
        for (String hashed : TestServer.hashedAssetUrls(server.get("/").body())) {
            responses.put("GET static hashed " + hashed, server.get(hashed));
        }
        limited.get("/");
        responses.put("GET / 429", limited.get("/"));
        return responses;
    }

    @Test
    void everyResponseCarriesEveryProtectiveHeaderAndNoCookie() {
        everyRoute().forEach((name, response) -> {
            var headers = response.headers();
            assertThat(headers.map()).as(name).doesNotContainKey("set-cookie").doesNotContainKey("set-cookie2");
            assertThat(headers.firstValue("Content-Security-Policy")).as(name).hasValueSatisfying(csp -> assertThat(csp)
                    .startsWith("default-src 'self'").contains("script-src 'self'", "style-src 'self'",
                            "frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval", "http:", "https:", "*"));
            assertThat(headers.firstValue("Referrer-Policy")).as(name).hasValue("no-referrer");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(name).hasValue("nosniff");
            assertThat(headers.firstValue("X-Frame-Options")).as(name).hasValue("DENY");
            assertThat(headers.firstValue("Permissions-Policy")).as(name).hasValueSatisfying(p ->
                    assertThat(p).contains("camera=()", "microphone=()", "geolocation=()"));
            assertThat(headers.firstValue("X-Robots-Tag")).as(name).hasValueSatisfying(r -> assertThat(r).contains("noindex"));
            // Static files replace no-store with their own caching: a content-hashed URL never changes its
            // bytes, so it may be kept a year; the plain URL (old links) only briefly.
            boolean staticFile = name.startsWith("GET static") && response.statusCode() == 200;
            boolean hashed = name.startsWith("GET static hashed");
            assertThat(headers.firstValue("Cache-Control")).as(name).hasValue(hashed
                    ? "public, max-age=31536000, immutable"
                    : staticFile ? "public, max-age=300" : "no-store");
            assertThat(response.statusCode()).as(name).isLessThan(500);
        });
    }

    @Test
    void pagesLinkOnlyToContentHashedStaticFiles() {
        List<String> hashed = TestServer.hashedAssetUrls(server.get("/").body());
        assertThat(hashed).hasSize(4).allSatisfy(url ->
                assertThat(url).matches("/static/(css/app|js/safety|js/chat|icons/favicon)\\.[0-9a-f]{10}\\.(css|js|svg)"));
    }

    @Test
    void theStatusOfEachRouteIsTheRightOne() {
        Map<String, HttpResponse<String>> responses = everyRoute();
        responses.forEach((name, response) -> {
            String expected = name.replaceAll(".*?(\\d{3})\\)?$", "$1");
            int status = expected.matches("\\d{3}") ? Integer.parseInt(expected) : 200;
            assertThat(response.statusCode()).as(name).isEqualTo(status);
        });
        assertThat(responses.get("GET / 429").headers().firstValue("Retry-After")).isPresent();
    }

    @Test
    void requestsJettyAnswersItselfGetTheSameHeadersAndACalmPage() throws IOException {
        for (String request : List.of("GET /%ff HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", "GET /%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
                "NONSENSE\r\n\r\n", "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\nX-Big: " + "a".repeat(20_000) + "\r\n\r\n")) {
            String response = raw(request);
            assertThat(response).startsWith("HTTP/1.1 4").contains("Content-Security-Policy: default-src 'self'",
                    "Cache-Control: no-store", "Referrer-Policy: no-referrer").doesNotContain("Set-Cookie");
            if (!response.contains("431")) {
                assertThat(response).contains("Dat lukte niet", "Opnieuw beginnen").doesNotContain("Exception", "at org.");
            }
        }
    }

    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            socket.shutdownOutput(); // so the server closes after answering and we read to the end
            InputStream in = socket.getInputStream();
            return new String(in.readNBytes(4096), StandardCharsets.ISO_8859_1);
        }
    }
}
