package nl.signaalwijzer.web.operations;

import io.javalin.http.Context;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.signaalwijzer.flow.Flow;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.flow.FlowState;
import nl.signaalwijzer.flow.FlowWalk;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Before an instance reports ready, it sends itself a few thousand ordinary requests over loopback
 * (start page, form steps along the first paths of each flow, the JSON API), so the JIT has compiled
 * the request path before the load balancer sends real people. Measured without it: a fresh instance that reported
 * ready as soon as its pages were prepared ran its first 20 s under load at about 3× the warm p99.
 *
 * <p>These requests carry a random per-process token, and only they are left out of the rate limit,
 * the request log and the metrics; they contain no one's answers (the paths come from the flows).
 */
public final class WarmUp {
    private static final Logger LOG = LoggerFactory.getLogger(WarmUp.class);
    static final String HEADER = "X-Signaalwijzer-Warm-Up";
    private static final int CLIENTS = 4;

    private final String token = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
    private final Supplier<@Nullable FlowCatalog> catalog;
    private final int requests;
    private volatile boolean done;

    public WarmUp(Supplier<@Nullable FlowCatalog> catalog, int requests) {
        this.catalog = catalog;
        this.requests = requests;
        this.done = requests == 0;
    }

    public boolean done() {
        return done;
    }

    public boolean isWarmUp(Context ctx) {
        String header = ctx.header(HEADER);
        return header != null && header.equals(token);
    }

    /** On a thread of its own: waits until the pages are prepared, then warms up, then is done. */
    public void startAfter(BooleanSupplier prepared, String host, int port) {
        if (done) {
            return;
        }
        Thread thread = new Thread(() -> run(prepared, URI.create("http://" + host + ":" + port)), "warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(BooleanSupplier prepared, URI base) {
        try {
            while (!prepared.getAsBoolean()) {
                Thread.sleep(20);
            }
            FlowCatalog flows = catalog.get();
            if (flows != null) {
                long start = System.nanoTime();
                int failed = send(base, requestsFor(base, flows));
                LOG.info("warmed up with {} requests in {} ms{}", requests, (System.nanoTime() - start) / 1_000_000,
                        failed > 0 ? " (" + failed + " did not answer 200)" : "");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("warm-up stopped early: {}", e.getClass().getName());
        } finally {
            done = true; // never keep an instance unready because warming up failed
        }
    }

    private List<HttpRequest> requestsFor(URI base, FlowCatalog flows) {
        List<HttpRequest> kinds = new ArrayList<>();
        kinds.add(request(base.resolve("/")).GET().build());
        for (Flow flow : flows.flows().values()) {
            // the first paths of each flow to an outcome are enough to compile every step of the request path
            for (FlowState path : FlowWalk.states(flow).filter(FlowState::finished).limit(8).toList()) {
                List<FlowState.Step> answers = path.asked();
                String form = "flow=" + enc(flow.id()) + answers.stream()
                        .map(a -> "&a=" + enc(a.question().id() + ":" + a.option().id())).collect(Collectors.joining());
                kinds.add(request(base.resolve("/gesprek")).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build());
                String json = answers.stream().map(a -> "{\"question\":\"" + a.question().id() + "\",\"option\":\""
                                + a.option().id() + "\"}")
                        .collect(Collectors.joining(",", "{\"answers\":[", "]}"));
                kinds.add(request(base.resolve("/api/v1/flows/" + enc(flow.id()) + "/conversation"))
                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
            }
        }
        return kinds;
    }

    private HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).header(HEADER, token).header("Accept-Encoding", "gzip")
                .timeout(Duration.ofSeconds(10));
    }

    private int send(URI base, List<HttpRequest> kinds) throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            Thread thread = new Thread(() -> {
                for (int i; (i = next.getAndIncrement()) < requests; ) {
                    try {
                        if (client.send(kinds.get(i % kinds.size()), HttpResponse.BodyHandlers.discarding()).statusCode() != 200) {
                            failed.incrementAndGet();
                        }
                    } catch (IOException e) {
                        failed.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }, "warm-up-" + c);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return failed.get();
    }

    private static String enc(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
