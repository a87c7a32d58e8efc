package nl.signaalwijzer.web.operations;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.component.Graceful;
import org.jspecify.annotations.Nullable;

/**
 * Counts the requests in flight, for a graceful stop. Unlike Jetty's GracefulHandler it never refuses a
 * request with 503 once stopping has begun: a request that arrives on a connection accepted just before
 * the listening socket closed is answered like any other (a proxy may not retry a POST it has sent,
 * and a 503 there was a failed step in the scale-and-faults test). The stop may go on once nothing has
 * been in flight for {@link #QUIET_MILLIS}, long enough for an accepted request to be read.
 */
final class InFlight extends Handler.Wrapper implements Graceful {
    static final long QUIET_MILLIS = 500;

    private final AtomicLong count = new AtomicLong();
    private volatile long lastDone = System.nanoTime();
    private volatile @Nullable CompletableFuture<Void> shutdown;

    long count() {
        return count.get();
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        count.incrementAndGet();
        boolean handled;
        try {
            handled = super.handle(request, response, new Callback() {
                @Override
                public void succeeded() {
                    done();
                    callback.succeeded();
                }

                @Override
                public void failed(Throwable failure) {
                    done();
                    callback.failed(failure);
                }

                @Override
                public InvocationType getInvocationType() {
                    return callback.getInvocationType();
                }
            });
        } catch (Throwable e) {
            done();
            throw e;
        }
        if (!handled) {
            done();
        }
        return handled;
    }

    private void done() {
        lastDone = System.nanoTime();
        count.decrementAndGet();
    }

    @Override
    public CompletableFuture<Void> shutdown() {
        CompletableFuture<Void> quiet = new CompletableFuture<>();
        shutdown = quiet;
        Thread watcher = new Thread(() -> {
            try {
                while (count.get() > 0 || System.nanoTime() - lastDone < QUIET_MILLIS * 1_000_000) {
                    Thread.sleep(20);
                }
                quiet.complete(null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "in-flight");
        watcher.setDaemon(true);
        watcher.start();
        return quiet;
    }

    @Override
    public boolean isShutdown() {
        CompletableFuture<Void> quiet = shutdown;
        return quiet != null && quiet.isDone();
    }
}
