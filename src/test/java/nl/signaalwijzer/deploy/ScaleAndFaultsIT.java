package nl.signaalwijzer.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Three instances of the real jar behind Debian's nginx running deploy/nginx/signaalwijzer.conf, under
 * a bounded load of conversation steps. One instance gets SIGTERM while nginx retries only what it could
 * not send (connect errors), with no drain delay: the graceful stop alone loses at most the steps caught
 * in the instant its listening socket closes (below). Then
 * another gets SIGKILL with the example's retry of the idempotent step: nginx must hide the crash, 0 failed
 * steps.
 *
 * <p>Why phase 1 cannot promise 0: the kernel completes a TCP handshake for the listening socket before
 * the server accepts the connection, and nginx sends the POST as soon as the handshake is done. When the
 * graceful stop closes the listening socket, the connections still waiting in that accept queue are reset.
 * nginx has then already sent the POST and, without {@code non_idempotent}, may not send it again: a 502.
 * No server can close a listening socket without that window (Jetty's graceful stop already stops
 * accepting and closes in one go; accepting "the rest" first only moves the window), so the window is
 * closed elsewhere: the shipped nginx config retries the step ({@code non_idempotent}, safe because a step
 * is a pure replay), and real deployments keep serving for SHUTDOWN_DELAY_SECONDS after "not ready".
 * Phase 1 leaves both out on purpose, to show what the graceful stop alone guarantees: the instance
 * exits 0 after finishing what it accepted, and a failure is a 502 of a step sent between SIGTERM and the
 * exit (in flight at SIGTERM or sent after it), at most one per client (each client has one step in
 * flight; after the close, connects are refused and nginx retries them elsewhere). Seen about once in
 * 2700 steps.
 */
class ScaleAndFaultsIT {
    private static final Path WORK = Path.of("target/scale-and-faults");
    private static final int CLIENTS = 6;
    private static final Duration LOAD = Duration.ofSeconds(6);
    private static final Duration FAULT_AFTER = Duration.ofSeconds(2);

    @Test
    void sigtermLosesAtMostWhatItsCloseCatchesAndSigkillLosesNothing() throws Exception {
        List<Instance> instances = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                instances.add(Instance.start(WORK, "instance-" + i, Map.of("SHUTDOWN_TIMEOUT_SECONDS", "10")));
            }
            for (Instance instance : instances) {
                assertThat(instance.awaitReady(Duration.ofSeconds(90))).as("instance on %d ready", instance.port).isTrue();
            }
            List<Integer> ports = instances.stream().map(i -> i.port).toList();

            // 1. SIGTERM, nginx retrying connect errors only.
            StepLoad.Result term;
            long[] exitMillis = {0};
            long[] signalled = {0, 0}; // System.nanoTime() at SIGTERM and at the exit
            int[] exit = {Integer.MIN_VALUE};
            try (Nginx nginx = Nginx.start(WORK.resolve("nginx-connect-retry"), ports, false)) {
                CompletableFuture<Void> fault = CompletableFuture.runAsync(() -> {
                    sleep(FAULT_AFTER);
                    long t0 = System.nanoTime();
                    signalled[0] = t0;
                    exit[0] = terminate(instances.get(0));
                    signalled[1] = System.nanoTime();
                    exitMillis[0] = (signalled[1] - t0) / 1_000_000;
                });
                term = StepLoad.run(URI.create("http://127.0.0.1:" + nginx.port + "/gesprek"), CLIENTS, LOAD);
                fault.join();
            }
            print("SIGTERM (nginx retries connect errors only)", term);
            System.out.println("ScaleAndFaultsIT:   the SIGTERMed instance exited with " + exit[0] + " after " + exitMillis[0] + " ms");

            // 2. SIGKILL, with the example's retry of the idempotent step.
            StepLoad.Result kill;
            try (Nginx nginx = Nginx.start(WORK.resolve("nginx-example"), ports, true)) {
                CompletableFuture<Void> fault = CompletableFuture.runAsync(() -> {
                    sleep(FAULT_AFTER);
                    try {
                        instances.get(1).kill();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                kill = StepLoad.run(URI.create("http://127.0.0.1:" + nginx.port + "/gesprek"), CLIENTS, LOAD);
                fault.join();
            }
            print("SIGKILL (the example's retry policy)", kill);

            assertThat(exit[0]).as("exit status after SIGTERM").isZero();
            // what the graceful stop alone guarantees (see the class comment): no failure outside the window
            // from SIGTERM to the exit, none but a 502, at most one per client
            assertThat(term.failures()).as("failed steps around SIGTERM").hasSizeLessThanOrEqualTo(CLIENTS)
                    .allMatch("status 502"::equals);
            assertThat(term.failedAt()).as("failed steps: in flight at SIGTERM or sent after it, and sent before the exit")
                    .allMatch(step -> step.answered() >= signalled[0] && step.sent() <= signalled[1]);
            assertThat(kill.failures()).as("failed steps around SIGKILL").isEmpty();
            assertThat(term.steps()).isGreaterThan(100);
            assertThat(kill.steps()).isGreaterThan(100);
        } finally {
            for (Instance instance : instances) {
                instance.close();
            }
        }
    }

    private static int terminate(Instance instance) {
        try {
            return instance.terminate(Duration.ofSeconds(20));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void print(String what, StepLoad.Result result) {
        System.out.printf("ScaleAndFaultsIT: %s: %d steps in %.1f s (%.0f/s, %d clients), %d failed, slowest %d ms%n",
                what, result.steps(), result.seconds(), result.perSecond(), CLIENTS, result.failed(), result.worstMillis());
    }
}
