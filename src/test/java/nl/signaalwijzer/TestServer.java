package nl.signaalwijzer;

import nl.signaalwijzer.web.operations.Health;

import io.javalin.Javalin;
import java.util.Map;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.web.ServerSettings;
import nl.signaalwijzer.web.WebServer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real server on a free loopback port, and a plain HTTP client to talk to it. Either started at once
 * ({@link #start}, closed by the caller) or, as a JUnit 5 extension, one server for a whole test class:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final TestServer server = TestServer.perClass(Fixtures::validFixture);
 * }</pre>
 *
 * started before the class's first test and stopped after its last.
 */
public final class TestServer implements AutoCloseable, BeforeAllCallback, AfterAllCallback {
    private final Supplier<Javalin> create;
    private Javalin app;
    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private TestServer(Supplier<Javalin> create) {
        this.create = create;
    }

    /** One server for the test class that registers it, with the default settings (no request log). */
    public static TestServer perClass(Supplier<FlowCatalog> catalog) {
        return perClass(catalog, ServerSettings.DEFAULTS.with(Map.of("REQUEST_LOG", "off")));
    }

    /** @param catalog loaded once, when the class starts (not when the test class is loaded) */
    public static TestServer perClass(Supplier<FlowCatalog> catalog, ServerSettings settings) {
        return new TestServer(() -> {
            FlowCatalog loaded = catalog.get();
            return WebServer.create(() -> loaded, settings).start("127.0.0.1", 0);
        });
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        app = create.get();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** The default settings, without the request log (it would only fill the test output). */
    public static TestServer start(FlowCatalog catalog) {
        return start(() -> catalog);
    }

    /** A server that reads the catalog on every request, as the real one does (so a reload shows). */
    public static TestServer start(Supplier<FlowCatalog> catalog) {
        return start(catalog, ServerSettings.DEFAULTS.with(Map.of("REQUEST_LOG", "off")));
    }

    public static TestServer start(FlowCatalog catalog, ServerSettings settings) {
        return start(() -> catalog, settings);
    }

    public static TestServer start(Supplier<FlowCatalog> catalog, ServerSettings settings) {
        TestServer server = new TestServer(() -> WebServer.create(catalog, settings).start("127.0.0.1", 0));
        server.app = server.create.get();
        return server;
    }

    /** A server with an organisations folder as well, each read on every request (so a reload shows). */
    public static TestServer start(Supplier<FlowCatalog> catalog,
                                   Supplier<nl.signaalwijzer.organisation.Organisations> organisations,
                                   ServerSettings settings) {
        TestServer server = new TestServer(() -> WebServer.create(catalog, organisations, settings,
                new nl.signaalwijzer.web.operations.Health()).start("127.0.0.1", 0));
        server.app = server.create.get();
        return server;
    }

    /** With a {@link Health} the test holds, e.g. to start shutting down. */
    public static TestServer start(Supplier<FlowCatalog> catalog, ServerSettings settings,
                                   nl.signaalwijzer.web.operations.Health health) {
        TestServer server = new TestServer(() -> WebServer.create(catalog, settings, health).start("127.0.0.1", 0));
        server.app = server.create.get();
        return server;
    }

    public int port() {
        return app.port();
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + app.port() + path);
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    public HttpResponse<String> post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public HttpResponse<String> postForm(String path, String body) {
        return post(path, "application/x-www-form-urlencoded", body);
    }

    public HttpResponse<String> postJson(String path, String body) {
        return post(path, "application/json", body);
    }

    /** A form body from name/value pairs: {@code form("flow", "x", "a", "q:o")}. */
    public static String form(String... pairs) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    /** The conversation form with these answers ({@code question:option} each). */
    public static String answersForm(String flow, List<String> answers) {
        return "flow=" + flow + answers.stream().map(a -> "&a=" + URLEncoder.encode(a, StandardCharsets.UTF_8))
                .collect(Collectors.joining());
    }

    public HttpResponse<String> send(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The body exactly as sent (no decoding of a {@code Content-Encoding}). */
    public HttpResponse<byte[]> sendForBytes(HttpRequest request) {
        return send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        return send(client, request, handler);
    }

    /** A request whose failure to arrive fails the test (shared with {@link DeployedServer}). */
    static <T> HttpResponse<T> send(java.net.http.HttpClient client, HttpRequest request,
                                    HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(request, handler);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        app.stop();
    }

    /** The static files a page loads (stylesheet, scripts, icon), by the URLs it links them with. */
    public static List<String> hashedAssetUrls(String page) {
        List<String> urls = new ArrayList<>();
        Matcher url = Pattern.compile("(?:href|src)=\"\\.?(/static/[^\"]+)\"").matcher(page);
        while (url.find()) {
            urls.add(url.group(1));
        }
        return urls;
    }
}
