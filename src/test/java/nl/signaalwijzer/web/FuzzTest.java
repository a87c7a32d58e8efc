package nl.signaalwijzer.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.TestServer;
import org.junit.jupiter.api.Test;

/**
 * At least 10,000 random and mutated requests against a real server: tampered forms and JSON,
 * random bytes, wrong methods and content types, huge bodies, broken request lines over a raw
 * socket. Not one may be answered with a 5xx. The seed is fixed; {@code -Dfuzz.seed=random} tries a new
 * one, and {@code -Dfuzz.seed=<seed>} repeats a run.
 */
class FuzzTest {
    private static final int REQUESTS = 10_000;
    private static final int THREADS = 4;
    private static final String[] PATHS = {"/", "/gesprek", "/privacy", "/snel-weg", "/api/v1/flows",
            "/api/v1/flows/medewerker/conversation", "/api/v1/flows/tiny/conversation",
            "/static/css/app.css", "/static/js/safety.js", "/static/../pom.xml", "/api/v1/flows//conversation"};
    private static final String[] METHODS = {"GET", "POST", "POST", "POST", "PUT", "DELETE", "PATCH", "OPTIONS",
            "HEAD", "TRACE", "FOO"};
    private static final String[] TYPES = {"application/x-www-form-urlencoded", "application/json",
            "application/json; charset=latin1", "text/plain", "multipart/form-data; boundary=zz", "", "*/*",
            "application/x-www-form-urlencoded; charset=utf-16", "application/json;;;", "\u00e9"};
    private static final String[] VALID_FORMS = {"flow=medewerker", "flow=medewerker&a=acute-danger%3Ano",
            "flow=medewerker&a=acute-danger%3Ayes", "flow=medewerker&lang=en&a=acute-danger%3Aunsure",
            "flow=medewerker&a=acute-danger%3Ano&a=perpetrator%3Astaff&edit=0", "flow=medewerker&switch-lang=en"};
    private static final String[] VALID_JSON = {"{\"answers\":[]}", "{\"answers\":[],\"lang\":\"en\"}",
            "{\"answers\":[{\"question\":\"acute-danger\",\"option\":\"no\"}]}",
            "{\"answers\":[{\"question\":\"acute-danger\",\"option\":\"no\"},{\"question\":\"perpetrator\",\"option\":\"staff\"}]}"};

    private static final long FIXED_SEED = 20_261_205L;
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

    @Test
    void tenThousandRandomAndMutatedRequestsNeverGetA5xx() throws Exception {
        // A fixed seed, so a failure in CI is the same failure here; -Dfuzz.seed=random draws a new one
        // (printed below, so that run can be repeated too).
        String asked = System.getProperty("fuzz.seed", String.valueOf(FIXED_SEED));
        long seed = asked.equals("random") ? new Random().nextLong() : Long.parseLong(asked);
        long started = System.nanoTime();
        try (TestServer server = TestServer.start(Fixtures.realCatalog(),
                // The limiter is switched off on purpose here; RateLimitTest proves the 429s. The stop at the end
                // may wait 30 s (10 s by default), longer than the receive deadline (CLIENT_TIMEOUT_SECONDS, 10 s):
                // about one run in four (also before issue 18), one of the 10,000 requests gets no answer on a
                // busy machine, and the server may still hold it when the last client is done. A request that
                // outlived even 30 s would still fail the stop, and so this test. Not understood yet: which
                // request it is (a JDK client request, not a raw one; it is counted as "no response").
                ServerSettings.DEFAULTS.with(Map.of("REQUEST_LOG", "off", "RATE_LIMIT_PER_MINUTE", "0",
                        "RATE_LIMIT_BURST", "1", "SHUTDOWN_TIMEOUT_SECONDS", "30")))) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                Random random = new Random(seed + t);
                runs.add(pool.submit(() -> {
                    int sent = 0;
                    while (sent < REQUESTS / THREADS) {
                        sent += one(server, client, random) ? 1 : 0;
                    }
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
            pool.shutdown();
        }
        Map<String, Integer> sorted = new TreeMap<>();
        counts.forEach((status, n) -> sorted.put(status, n.get()));
        int total = sorted.values().stream().mapToInt(Integer::intValue).sum();
        System.out.println("FuzzTest seed=" + seed + " requests=" + total + " in "
                + (System.nanoTime() - started) / 1_000_000 + " ms, by status: " + sorted);
        assertThat(total).isGreaterThanOrEqualTo(REQUESTS);
        // 505 is Jetty refusing a request line in another HTTP version ("HTTP/9.9"): the one 5xx that
        // RFC 9110 defines as the correct answer to the client, not a failure of the server.
        assertThat(sorted.keySet()).as("seed " + seed).noneMatch(status -> status.startsWith("5") && !status.equals("505"));
    }

    /** Sends one request; false if the client refused to build it (nothing reached the server). */
    private boolean one(TestServer server, HttpClient client, Random random) {
        int kind = random.nextInt(100);
        if (kind < 10) {
            count(raw(server.port(), rawRequest(random)));
            return true;
        }
        String path = kind < 25 ? mutate(PATHS[random.nextInt(PATHS.length)], random, true) : PATHS[random.nextInt(PATHS.length)];
        if (!path.startsWith("/")) {
            path = "/" + path;
        }
        String method = kind < 35 ? METHODS[random.nextInt(METHODS.length)] : "POST";
        byte[] body = body(random, kind);
        HttpRequest request;
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                    .timeout(Duration.ofSeconds(10))
                    .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            String type = random.nextInt(4) == 0 ? TYPES[random.nextInt(TYPES.length)]
                    : path.startsWith("/api") ? "application/json" : "application/x-www-form-urlencoded";
            if (!type.isEmpty()) {
                builder.header("Content-Type", type);
            }
            if (random.nextInt(5) == 0) {
                builder.header("Accept", random.nextBoolean() ? "application/json" : "*/*;q=" + random.nextInt());
            }
            request = builder.build();
        } catch (IllegalArgumentException notSendable) {
            return false; // the client refuses to send it (an invalid URI or header): nothing reaches the server
        }
        try {
            count(String.valueOf(client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode()));
        } catch (IOException e) {
            count("no response");
        } catch (IllegalArgumentException notSendable) {
            return false; // refused by the client itself (e.g. a mutated address it cannot parse)
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return true;
    }

    private static byte[] body(Random random, int kind) {
        if (kind < 45) {
            return randomBytes(random, random.nextInt(random.nextInt(10) == 0 ? 20_000 : 300));
        }
        String valid = random.nextBoolean() ? VALID_FORMS[random.nextInt(VALID_FORMS.length)]
                : VALID_JSON[random.nextInt(VALID_JSON.length)];
        if (kind < 48) {
            return (valid + "&pad=" + "x".repeat(16 * 1024 + random.nextInt(20_000))).getBytes(StandardCharsets.UTF_8);
        }
        return mutate(valid, random, false).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A few random edits: replace, insert, delete, duplicate a piece, or splice in odd characters. */
    private static String mutate(String valid, Random random, boolean forPath) {
        StringBuilder s = new StringBuilder(valid);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int at = s.length() == 0 ? 0 : random.nextInt(s.length());
            switch (random.nextInt(7)) {
                case 0 -> s.insert(at, forPath ? "%" + Integer.toHexString(random.nextInt(256)) : (char) random.nextInt(256));
                case 1 -> { if (s.length() > 0) s.deleteCharAt(at); }
                case 2 -> s.insert(at, s.substring(at, Math.min(s.length(), at + random.nextInt(30))));
                case 3 -> s.insert(at, pick(random, "%", "%C3%28", "&a=", "&a=acute-danger%3Ano", "\"", "{", "]", ":",
                        "\\u0000", "%00", "&edit=999", "&flow=", "null", "[", "%ff%fe", "..", "//"));
                case 4 -> s.setLength(at);
                case 5 -> s.append("&a=").append("q:o".repeat(random.nextInt(150)));
                default -> { if (s.length() > 0) s.setCharAt(at, (char) (33 + random.nextInt(94))); }
            }
        }
        return s.toString();
    }

    private static String rawRequest(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> new String(randomBytes(random, 1 + random.nextInt(500)), StandardCharsets.ISO_8859_1);
            case 1 -> "GET /" + new String(randomBytes(random, random.nextInt(40)), StandardCharsets.ISO_8859_1)
                    + " HTTP/1.1\r\nHost: x\r\n\r\n";
            case 2 -> "POST /gesprek HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(random.nextInt(9999)) + "\r\nflow=medewerker\r\nzz\r\n\r\n";
            case 3 -> "POST /api/v1/flows/medewerker/conversation HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + (random.nextBoolean() ? "-1" : "abc") + "\r\n\r\n{}";
            case 4 -> "GET / HTTP/1.1\r\nHost: x\r\nX-Junk: " + "h".repeat(random.nextInt(20_000)) + "\r\n\r\n";
            default -> pick(random, "GET / HTTP/9.9", "GET  HTTP/1.1", "get / http/1.1", "GET / HTTP/1.1\nHost:\n",
                    "\r\n\r\n", "GET /\u0000 HTTP/1.1") + "\r\nHost: x\r\n\r\n";
        };
    }

    /** One request over a plain socket; the output is shut so the server never waits for more. */
    private static String raw(int port, String request) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            String head = new String(in.readNBytes(12), StandardCharsets.ISO_8859_1);
            return head.startsWith("HTTP/1.1 ") ? head.substring(9, 12) : "no response";
        } catch (IOException e) {
            return "no response";
        }
    }

    private static byte[] randomBytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static String pick(Random random, String... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private void count(String status) {
        counts.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
    }
}
