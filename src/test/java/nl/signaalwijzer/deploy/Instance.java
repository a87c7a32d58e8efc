package nl.signaalwijzer.deploy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One server process from the real jar, as a VM or container runs it, on a free loopback port. */
final class Instance implements AutoCloseable {
    static final Path JAR = Path.of("target/signaalwijzer.jar");
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final int port;
    final Process process;

    private Instance(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    static Instance start(Path logDir, String name, Map<String, String> env) throws IOException {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: run through `mvn verify` (after package)");
        }
        int port = freePort();
        Files.createDirectories(logDir);
        ProcessBuilder builder = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-Xmn12m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", JAR.toString()))
                .redirectErrorStream(true)
                .redirectOutput(logDir.resolve(name + ".log").toFile());
        builder.environment().putAll(Map.of("PORT", String.valueOf(port), "HOST", "127.0.0.1",
                "FLOWS_DIR", "flows", "RATE_LIMIT_PER_MINUTE", "0", "REQUEST_LOG", "off"));
        builder.environment().putAll(env);
        return new Instance(port, builder.start());
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Polls /health/ready; true once it answers 200. */
    boolean awaitReady(Duration within) throws InterruptedException {
        return awaitReadiness(200, within);
    }

    /** Polls /health/ready; true once it answers 503, as it does from the moment SIGTERM is handled. */
    boolean awaitNotReady(Duration within) throws InterruptedException {
        return awaitReadiness(503, within);
    }

    private boolean awaitReadiness(int status, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                if (CLIENT.send(HttpRequest.newBuilder(uri("/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == status) {
                    return true;
                }
            } catch (IOException notYet) {
                // not listening yet, or busy: try again
            }
            Thread.sleep(20);
        }
        return false;
    }

    /** SIGTERM, without waiting (Process.destroy sends it again on every call while the process lives). */
    void sigterm() {
        process.destroy();
    }

    /** SIGTERM, then the exit status (or -1 if it did not exit in time). */
    int terminate(Duration within) throws InterruptedException {
        process.destroy();
        return process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
    }

    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
