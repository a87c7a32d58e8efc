package nl.signaalwijzer.deploy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import nl.signaalwijzer.TestServer;

/**
 * A bounded load of conversation steps (form POSTs of the medewerker flow, from the first question to
 * an outcome) from a few client threads, each waiting for its answer before the next: what a ward of
 * people clicking through looks like, only faster. A step fails on anything but a 200 with a whole page.
 */
final class StepLoad {
    static final List<List<String>> STEPS;

    static {
        List<String> path = List.of("acute-danger:no", "perpetrator:staff", "conflict-of-interest:no",
                "behaviour:neglect", "signals-clear:yes", "serious-harm:no", "possibly-criminal:no", "can-address:yes");
        List<List<String>> steps = new ArrayList<>();
        for (int depth = 0; depth <= path.size(); depth++) {
            steps.add(path.subList(0, depth));
        }
        steps.add(List.of("acute-danger:yes"));
        STEPS = List.copyOf(steps);
    }

    record Result(long steps, long failed, double seconds, long worstMillis, List<String> failures) {
        double perSecond() {
            return steps / seconds;
        }
    }

    static Result run(URI target, int clients, Duration duration) throws InterruptedException {
        AtomicLong done = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong worst = new AtomicLong();
        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            Thread thread = new Thread(() -> {
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5)).build();
                for (int i = offset; System.nanoTime() < end; i++) {
                    String body = TestServer.answersForm("medewerker", STEPS.get(i % STEPS.size()));
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> response = client.send(HttpRequest.newBuilder(target)
                                .timeout(Duration.ofSeconds(10))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() != 200 || !response.body().contains("</html>")) {
                            failed.incrementAndGet();
                            failures.add("status " + response.statusCode());
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                        failures.add(e.getClass().getSimpleName());
                    }
                    worst.accumulateAndGet((System.nanoTime() - t0) / 1_000_000, Math::max);
                    done.incrementAndGet();
                }
            }, "step-load-" + c);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        return new Result(done.get(), failed.get(), (System.nanoTime() - start) / 1e9, worst.get(), List.copyOf(failures));
    }
}
