package nl.signaalwijzer.web.operations;

import io.javalin.Javalin;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.server.Server;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * SIGTERM, as systemd, podman and Kubernetes send it: report not ready at once, keep serving for the
 * drain delay (so a load balancer that polls readiness stops sending), then stop accepting, let every
 * request in flight finish, and exit 0 — or 1 when the bound passed with requests still running.
 *
 * <p>Jetty does the waiting: {@link InFlight} counts the requests in flight, and a stop with a stop
 * timeout first closes the listening socket (new connections are refused, so a proxy retries them
 * elsewhere), then waits until nothing has been in flight for a moment. The JVM's own SIGTERM handling would exit with 143
 * and let shutdown hooks race each other, so the signal is handled here.
 */
public final class GracefulShutdown {
    private static final Logger LOG = LoggerFactory.getLogger(GracefulShutdown.class);

    private GracefulShutdown() {
    }

    /** Part of the server's set-up (every server, also in tests): counts requests in flight. */
    public static void countInFlight(Server server, Duration bound) {
        server.insertHandler(new InFlight());
        server.setStopTimeout(bound.toMillis());
    }

    /**
     * For the real process only: SIGTERM (and SIGINT, Ctrl-C) stop gracefully, then exit. Only the first
     * signal counts: systemd, podman and impatient people send another while the first is still draining,
     * and exiting then would drop the requests a load balancer still sends during the drain delay. Only
     * SIGKILL ends the process early.
     */
    public static void onSignals(Javalin app, Health health, Duration drainDelay, Duration bound) {
        AtomicBoolean stopping = new AtomicBoolean();
        SignalHandler handler = signal -> {
            if (stopping.compareAndSet(false, true)) {
                new Thread(() -> System.exit(stop(app, health, drainDelay, bound)), "graceful-shutdown").start();
            } else {
                LOG.info("SIG{} again while stopping: ignored; the stop in progress ends as planned (SIGKILL ends it at once)",
                        signal.getName());
            }
        };
        Signal.handle(new Signal("TERM"), handler);
        Signal.handle(new Signal("INT"), handler);
    }

    /**
     * Runs once per process ({@link #onSignals} starts it for the first signal only).
     *
     * @return the exit status: 0 when every request in flight finished within the bound
     */
    static int stop(Javalin app, Health health, Duration drainDelay, Duration bound) {
        long start = System.nanoTime();
        health.shuttingDown();
        LOG.info("stopping: not ready now; draining for {} ms, then finishing requests in flight (at most {} ms)",
                drainDelay.toMillis(), bound.toMillis());
        sleep(drainDelay);
        @Nullable InFlight inFlight = app.jettyServer().server().getDescendant(InFlight.class);
        app.stop();
        long left = inFlight == null ? 0 : inFlight.count();
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (left > 0) {
            LOG.warn("stopped after {} ms with {} request(s) still in flight (bound {} ms)", millis, left,
                    bound.toMillis());
            return 1;
        }
        LOG.info("stopped after {} ms; every request in flight was answered", millis);
        return 0;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
