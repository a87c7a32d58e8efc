package nl.signaalwijzer.web;

import nl.signaalwijzer.web.http.SecurityHeaders;
import nl.signaalwijzer.web.operations.Health;
import nl.signaalwijzer.web.operations.RequestLog;

import static nl.signaalwijzer.TestServer.answersForm;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.TestServer;
import nl.signaalwijzer.flow.FlowCatalog;
import org.junit.jupiter.api.Test;

/** Health (contract v1.1), metrics and the request log: what an operator sees, and nothing of a person. */
class OperationsTest {
    private static final FlowCatalog REAL = Fixtures.realCatalog();

    @Test
    void liveAtOnceReadyOnlyWhenTheFlowsAreLoadedAndThePagesPrepared() throws InterruptedException {
        FlowCatalog[] current = {null};
        Supplier<FlowCatalog> catalog = () -> current[0];
        try (TestServer server = TestServer.start(catalog)) {
            assertThat(server.get("/health/live").statusCode()).isEqualTo(200);
            HttpResponse<String> notYet = server.get("/health/ready");
            assertThat(notYet.statusCode()).isEqualTo(503);
            assertThat(notYet.body()).isEqualTo("{\"status\":\"DOWN\"}");
            current[0] = REAL;
            HttpResponse<String> ready = awaitReady(server, Duration.ofSeconds(30));
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(ready.body()).isEqualTo("{\"status\":\"UP\"}");
            assertThat(ready.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        }
    }

    @Test
    void notReadyOnceShuttingDownWhileStillAlive() throws InterruptedException {
        Health health = new Health();
        try (TestServer server = TestServer.start(() -> REAL, ServerSettings.DEFAULTS.with(Map.of(
                "REQUEST_LOG", "off")), health)) {
            assertThat(awaitReady(server, Duration.ofSeconds(30)).statusCode()).isEqualTo(200);
            health.shuttingDown();
            assertThat(server.get("/health/ready").statusCode()).isEqualTo(503);
            assertThat(server.get("/health/live").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aWarmUpComesBeforeReadyAndLeavesNoTraceInMetricsOrLog() throws InterruptedException {
        try (TestServer server = TestServer.start(REAL, ServerSettings.DEFAULTS.with(Map.of(
                "REQUEST_LOG", "off", "RATE_LIMIT_PER_MINUTE", "60", "RATE_LIMIT_BURST", "10", "WARMUP_REQUESTS", "500")))) {
            assertThat(awaitReady(server, Duration.ofSeconds(60)).statusCode()).isEqualTo(200);
            String metrics = server.get("/metrics").body();
            assertThat(metrics).doesNotContain("route=\"/gesprek\"", "route=\"/api/v1/flows/{flowId}/conversation\"");
            assertThat(server.get("/").statusCode()).as("500 warm-up requests used none of the rate limit").isEqualTo(200);
        }
    }

    @Test
    void healthCarriesTheSecurityHeadersAndIsNeverRateLimited() {
        try (TestServer server = TestServer.start(REAL, ServerSettings.DEFAULTS.with(Map.of(
                "REQUEST_LOG", "off", "RATE_LIMIT_PER_MINUTE", "1", "RATE_LIMIT_BURST", "1")))) {
            for (int i = 0; i < 20; i++) {
                HttpResponse<String> live = server.get("/health/live");
                assertThat(live.statusCode()).isEqualTo(200);
                SecurityHeaders.ALL.forEach((name, value) -> assertThat(live.headers().firstValue(name)).hasValue(value));
                assertThat(server.get("/health/ready").statusCode()).isIn(200, 503);
            }
            assertThat(server.get("/").statusCode()).isEqualTo(200);
            assertThat(server.get("/").statusCode()).as("the limit itself still works").isEqualTo(429);
        }
    }

    @Test
    void metricsCountRequestsByRouteTemplateAndCarryNothingOfAnyone() {
        try (TestServer server = TestServer.start(REAL)) {
            String marker = "mk" + System.nanoTime();
            server.postForm("/gesprek", answersForm("medewerker", List.of("acute-danger:no", "perpetrator:" + marker)));
            server.postForm("/gesprek", answersForm("medewerker", List.of("acute-danger:yes")));
            server.postJson("/api/v1/flows/" + marker + "/conversation", "{\"answers\":[]}");
            server.get("/" + marker);
            HttpResponse<String> metrics = server.get("/metrics");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
            String text = metrics.body();
            assertThat(text).contains(
                    "http_server_requests_seconds_count{method=\"POST\",route=\"/gesprek\",status=\"200\"} 1",
                    "http_server_requests_seconds_count{method=\"POST\",route=\"/gesprek\",status=\"400\"} 1",
                    "http_server_requests_seconds_count{method=\"POST\",route=\"/api/v1/flows/{flowId}/conversation\",status=\"404\"} 1",
                    "http_server_requests_seconds_bucket{method=\"POST\",route=\"/gesprek\",status=\"200\",le=\"0.005\"}",
                    "jvm_memory_used_bytes", "jvm_gc_", "signaalwijzer_ready ",
                    "signaalwijzer_flow{flow=\"medewerker\",version=\"" + REAL.flow("medewerker").orElseThrow().version() + "\"} 1");
            assertThat(text).doesNotContain(marker, "acute-danger", "perpetrator", "danger-now", "127.0.0.1");
        }
    }

    @Test
    void theRequestLogWritesOneLinePerRequestButNoneForProbesAsTextOrJson() {
        String text = captureLog(ServerSettings.DEFAULTS.with(Map.of("REQUEST_LOG", "on")));
        assertThat(text.lines().filter(l -> l.contains(RequestLog.LOGGER)).toList())
                .hasSize(2)
                .allSatisfy(line -> assertThat(line).matches("\\S+ INFO signaalwijzer\\.requests - (GET /|POST /gesprek) 200 \\d+ms"));
        String json = captureLog(ServerSettings.DEFAULTS.with(Map.of("REQUEST_LOG", "on", "LOG_FORMAT", "json")));
        assertThat(json.lines().filter(l -> l.contains(RequestLog.LOGGER)).toList())
                .hasSize(2)
                .allSatisfy(line -> assertThat(line).matches("\\{\"time\":\"[^\"]+\",\"level\":\"INFO\",\"logger\":"
                        + "\"signaalwijzer.requests\",\"method\":\"(GET|POST)\",\"route\":\"(/|/gesprek)\",\"status\":200,\"ms\":\\d+}"));
        assertThat(text + json).doesNotContain("/health", "/metrics", "acute-danger");
    }

    private static String captureLog(ServerSettings settings) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try (TestServer server = TestServer.start(REAL, settings)) {
            server.get("/health/live");
            server.get("/health/ready");
            server.get("/metrics");
            server.get("/");
            server.postForm("/gesprek", answersForm("medewerker", List.of("acute-danger:no")));
        } finally {
            System.setErr(err);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    static HttpResponse<String> awaitReady(TestServer server, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        HttpResponse<String> ready = server.get("/health/ready");
        while (ready.statusCode() != 200 && System.nanoTime() < deadline) {
            Thread.sleep(20);
            ready = server.get("/health/ready");
        }
        return ready;
    }
}
