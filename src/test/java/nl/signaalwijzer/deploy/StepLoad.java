package nl.signaalwijzer.deploy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
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

    /** When a step was sent and when its answer (or error) came, in {@link System#nanoTime()}. */
    record When(long sent, long answered) {
    }

    /** @param failedAt when each failed step was sent and answered, in the order of {@code failures} */
    record Result(long steps, long failed, double seconds, long worstMillis, List<String> failures, List<When> failedAt) {
        double perSecond() {
            return steps / seconds;
        }
    }

    static Result run(URI target, int clients, Duration duration) throws InterruptedException {
        Running load = start(target, clients);
        Thread.sleep(duration.toMillis());
        return load.stop();
    }

    /**
     * Starts the load and leaves it running until {@link Running#stop()}: for a test that must act at a
     * moment it observes (a readiness change), not at a fixed time, and count what succeeded since.
     */
    static Running start(URI target, int clients) {
        return new Running(target, clients);
    }

    static final class Running {
        private final AtomicLong done = new AtomicLong();
        private final AtomicLong succeeded = new AtomicLong();
        private final AtomicLong succeededSinceMark = new AtomicLong();
        private final AtomicLong failed = new AtomicLong();
        private final AtomicLong worst = new AtomicLong();
        private final List<String> failures = new ArrayList<>();
        private final List<When> failedAt = new ArrayList<>();
        private final List<Thread> threads = new ArrayList<>();
        private final long start = System.nanoTime();
        private volatile boolean running = true;
        private volatile long mark = Long.MAX_VALUE;

        private Running(URI target, int clients) {
            for (int c = 0; c < clients; c++) {
                int offset = c;
                Thread thread = new Thread(() -> loop(target, offset), "step-load-" + c);
                thread.start();
                threads.add(thread);
            }
        }

        private void loop(URI target, int offset) {
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            for (int i = offset; running; i++) {
                String body = TestServer.answersForm("medewerker", STEPS.get(i % STEPS.size()));
                long t0 = System.nanoTime();
                try {
                    HttpResponse<String> response = client.send(HttpRequest.newBuilder(target)
                            .timeout(Duration.ofSeconds(10))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() != 200 || !response.body().contains("</html>")) {
                        fail("status " + response.statusCode(), t0);
                    } else {
                        succeeded.incrementAndGet();
                        if (t0 >= mark) {
                            succeededSinceMark.incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    fail(e.getClass().getSimpleName(), t0);
                }
                worst.accumulateAndGet((System.nanoTime() - t0) / 1_000_000, Math::max);
                done.incrementAndGet();
            }
        }

        private synchronized void fail(String why, long sentAt) {
            failed.incrementAndGet();
            failures.add(why);
            failedAt.add(new When(sentAt, System.nanoTime()));
        }

        /** Steps answered with a whole page so far. */
        long succeeded() {
            return succeeded.get();
        }

        /**
         * From now on, count the steps that start and succeed: unlike a difference of {@link #succeeded()},
         * this leaves out steps that were already on their way (a process that exits at once still answers those).
         */
        void mark() {
            mark = System.nanoTime();
        }

        /** Steps that started after {@link #mark()} and were answered with a whole page. */
        long succeededSinceMark() {
            return succeededSinceMark.get();
        }

        /** Lets every client finish the step it is waiting for, then reports. */
        Result stop() throws InterruptedException {
            running = false;
            for (Thread thread : threads) {
                thread.join();
            }
            synchronized (this) {
                return new Result(done.get(), failed.get(), (System.nanoTime() - start) / 1e9, worst.get(),
                        List.copyOf(failures), List.copyOf(failedAt));
            }
        }
    }
}
