package nl.signaalwijzer;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The server as a deployer starts it: {@link App}'s main in a JVM of its own, with the flows folder named
 * in the environment variable FLOWS_DIR, on a free loopback port. So a test of this folder proves what a
 * deployer gets from it, through the same setting, not through a test-only way of loading.
 */
final class DeployedServer implements AutoCloseable {
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final int port;
    private final Path log;

    private DeployedServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Started and ready (its /health/ready says 200), or an exception with what the server printed. */
    static DeployedServer withFlowsDir(Path flowsDir) throws IOException, InterruptedException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Files.createTempFile("signaalwijzer-deployed-", ".log");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx96m", "-XX:+UseSerialGC",
                "-cp", System.getProperty("java.class.path"), App.class.getName()))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().remove("ORGANISATION_FILE");
        builder.environment().putAll(java.util.Map.of("FLOWS_DIR", flowsDir.toString(), "PORT", String.valueOf(port),
                "HOST", "127.0.0.1", "RATE_LIMIT_PER_MINUTE", "0", "REQUEST_LOG", "off",
                // a process warms itself up with thousands of requests before it is ready; a test needs none
                "WARMUP_REQUESTS", "0"));
        DeployedServer server = new DeployedServer(builder.start(), port, log);
        server.awaitReady(Duration.ofSeconds(60));
        return server;
    }

    private void awaitReady(Duration within) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (get("/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (IllegalStateException notListeningYet) {
                // try again
            }
            Thread.sleep(50);
        }
        close();
        throw new IllegalStateException("the server on FLOWS_DIR did not become ready; it said:\n"
                + Files.readString(log, StandardCharsets.UTF_8));
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    HttpResponse<String> post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest request) {
        return TestServer.send(CLIENT, request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Killed at once: a graceful shutdown would keep serving for its delay, which proves nothing here. */
    @Override
    public void close() throws IOException, InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
        Files.deleteIfExists(log);
    }
}
