package nl.signaalwijzer.web.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.TestServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Static files: content-hashed URLs in pages, cached for a year, precompressed, revalidated by ETag. */
class StaticAssetsTest {
    @RegisterExtension
    static final TestServer server = TestServer.perClass(Fixtures::validFixture);


    @Test
    void hashedNamesChangeWithTheContentAndUrlsInTextAreRewritten() {
        StaticAssets assets = StaticAssets.of(Map.of("css/app.css", "a{background:url(/static/img/x.svg)}".getBytes(
                StandardCharsets.UTF_8), "img/x.svg", "<svg/>".getBytes(StandardCharsets.UTF_8)));
        String css = assets.hashedUrl("/static/css/app.css");
        assertThat(css).matches("/static/css/app\\.[0-9a-f]{10}\\.css");
        assertThat(assets.rewrite("<link href=\"/static/css/app.css\"><img src=\"/static/unknown.png\">"))
                .isEqualTo("<link href=\"" + css + "\"><img src=\"/static/unknown.png\">");
        assertThat(StaticAssets.hashedUrl("css/app.css", new byte[] {1}))
                .isNotEqualTo(StaticAssets.hashedUrl("css/app.css", new byte[] {2}));
    }

    @Test
    void pagesLinkHashedAssetsThatAreImmutableAndPrecompressed() {
        String page = server.get("/").body();
        Matcher css = Pattern.compile("href=\"\\.(/static/css/app\\.[0-9a-f]{10}\\.css)\"").matcher(page);
        assertThat(css.find()).isTrue();

        HttpResponse<String> plain = server.get(css.group(1));
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Cache-Control")).hasValue(StaticAssets.IMMUTABLE);
        assertThat(plain.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        String etag = plain.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> gzip = server.send(HttpRequest.newBuilder(server.uri(css.group(1)))
                .header("Accept-Encoding", "gzip").GET().build());
        assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");

        HttpResponse<String> again = server.send(HttpRequest.newBuilder(server.uri(css.group(1)))
                .header("If-None-Match", etag).GET().build());
        assertThat(again.statusCode()).isEqualTo(304);

        assertThat(server.get("/static/css/app.css").headers().firstValue("Cache-Control"))
                .hasValue(StaticAssets.REVALIDATE);
        assertThat(server.get("/static/css/nope.css").statusCode()).isEqualTo(404);
    }

    @Test
    void everyFileUnderStaticIsServedAtItsHashedUrl() {
        for (String file : java.util.List.of("css/app.css", "js/app.js", "js/safety.js", "js/chat.js")) {
            HttpResponse<String> plain = server.get("/static/" + file);
            assertThat(plain.statusCode()).as(file).isEqualTo(200);
            String etag = plain.headers().firstValue("ETag").orElseThrow();
            // the ETag is the hashed file name, e.g. "chat.3f2a91c07b.js"
            String hashed = "/static/" + file.substring(0, file.lastIndexOf('/') + 1) + etag.replace("\"", "");
            assertThat(hashed).matches("/static/" + file.replaceFirst("\\.(css|js)$", "") + "\\.[0-9a-f]{10}\\.(css|js)");
            HttpResponse<String> immutable = server.get(hashed);
            assertThat(immutable.statusCode()).as(hashed).isEqualTo(200);
            assertThat(immutable.body()).isEqualTo(plain.body());
            assertThat(immutable.headers().firstValue("Cache-Control")).hasValue(StaticAssets.IMMUTABLE);
            assertThat(immutable.headers().firstValue("Content-Security-Policy")).isPresent();
        }
    }

    @Test
    void everyKindOfPageLinksOnlyToHashedUrls() {
        Map<String, String> pages = new java.util.LinkedHashMap<>();
        pages.put("start", server.get("/").body());
        pages.put("privacy", server.get("/privacy").body());
        pages.put("quick exit", server.get("/snel-weg?lang=en").body());
        pages.put("flows", server.get("/flows").body());
        pages.put("question", server.postForm("/gesprek", TestServer.form("flow", "tiny")).body());
        pages.put("outcome", server.postForm("/gesprek", TestServer.answersForm("tiny", java.util.List.of("acute-danger:yes"))).body());
        pages.put("error", server.get("/no/such/page").body());
        Pattern unhashed = Pattern.compile("/static/[a-z/]+\\.(css|js)\"");
        pages.forEach((name, page) -> {
            assertThat(page).as(name).containsPattern("<link rel=\"stylesheet\" href=\"\\.?/static/css/app\\.");
            assertThat(unhashed.matcher(page).find()).as(name).isFalse();
        });
    }

    @Test
    void gzipIsOnlyUsedWhenAccepted() {
        assertThat(Compression.acceptsGzip("gzip, deflate, br")).isTrue();
        assertThat(Compression.acceptsGzip("br;q=1.0, gzip;q=0.5")).isTrue();
        assertThat(Compression.acceptsGzip("gzip;q=0")).isFalse();
        assertThat(Compression.acceptsGzip("identity")).isFalse();
        assertThat(Compression.acceptsGzip(null)).isFalse();
    }

    @Test
    void typesComeFromJettysTableAndTextSaysUtf8() {
        assertThat(StaticAssets.contentType("css/app.css")).isEqualTo("text/css; charset=utf-8");
        assertThat(StaticAssets.contentType("js/chat.js")).isEqualTo("text/javascript; charset=utf-8");
        assertThat(StaticAssets.contentType("icons/favicon.svg")).isEqualTo("image/svg+xml");
        assertThat(StaticAssets.contentType("data.json")).isEqualTo("application/json; charset=utf-8");
        assertThat(StaticAssets.contentType("no-extension")).isEqualTo("application/octet-stream");
    }
}
