package nl.signaalwijzer.web.operations;

import nl.signaalwijzer.web.http.RequestBody;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.EagerContentHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Slow clients cannot starve the server (issue 13). Before, a request body was read blocking on a
 * worker thread, with 30 s of patience per read: 30 connections sending half a form and then waiting
 * made half of all normal steps fail, 100 of them made every step fail.
 *
 * <ul>
 *   <li>A request body (at most 16 KiB here) is received asynchronously by Jetty's
 *       {@link EagerContentHandler}: no worker thread waits for it; our handlers run once all of it
 *       is in memory.</li>
 *   <li>A client has {@code receiveTimeout} to deliver a request's head and body: a connection that
 *       has sent no complete request head, or a request whose body is not complete, by then is closed.
 *       The connection's idle timeout is the same bound for every pause after that.</li>
 * </ul>
 * Behind nginx (which buffers the body) this changes nothing; an instance exposed on its own (a kiosk
 * box, a small VM) is protected by it.
 */
public final class SlowClients {
    private SlowClients() {
    }

    /** Call before {@link GracefulShutdown#countInFlight}, so a request still arriving counts as in flight. */
    public static void guard(Server server, Duration receiveTimeout) {
        long millis = receiveTimeout.toMillis();
        Set<Connection> delivered = ConcurrentHashMap.newKeySet();
        server.insertHandler(new Received());
        // Only the "retained" loader, for every content type: it keeps the raw bytes, which our own
        // strict readers (RequestBody, FormBody) then read as before; a form loader would parse them itself.
        server.insertHandler(new EagerContentHandler(
                new EagerContentHandler.RetainedContentLoaderFactory(RequestBody.MAX_BYTES + 1, -1, false)));
        server.insertHandler(new Deadline(millis, delivered));
        server.addEventListener(new LifeCycle.Listener() {
            @Override
            public void lifeCycleStarting(LifeCycle event) {
                for (Connector connector : server.getConnectors()) {
                    if (connector instanceof ServerConnector network) {
                        network.setIdleTimeout(millis);
                    }
                    connector.addEventListener(new HeadDeadline(server, millis, delivered));
                }
            }
        });
    }

    private static final String ARRIVAL = SlowClients.class.getName() + ".arrival";

    /** Outside the eager loader: a request whose body has not fully arrived in time loses its connection. */
    private static final class Deadline extends Handler.Wrapper {
        private final long millis;
        private final Set<Connection> delivered;

        Deadline(long millis, Set<Connection> delivered) {
            this.millis = millis;
            this.delivered = delivered;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            Connection connection = request.getConnectionMetaData().getConnection();
            delivered.add(connection);
            if (request.getLength() == 0) {
                return super.handle(request, response, callback); // no body to wait for
            }
            Arrival arrival = new Arrival();
            request.setAttribute(ARRIVAL, arrival);
            arrival.timeout = getServer().getScheduler().schedule(() -> {
                if (arrival.state.compareAndSet(Arrival.WAITING, Arrival.EXPIRED)) {
                    // Closed, and the request completed here: the loader still waiting for the body would
                    // never complete it, and a graceful stop would wait for it in vain.
                    TimeoutException late = new TimeoutException("the client did not send its request in time");
                    connection.getEndPoint().close(late);
                    callback.failed(late);
                }
            }, millis, TimeUnit.MILLISECONDS);
            boolean handled = super.handle(request, response, callback);
            if (!handled) {
                arrival.timeout.cancel();
            }
            return handled;
        }
    }

    /** Whichever comes first wins, once: the whole body (dispatch to our handlers) or the deadline. */
    private static final class Arrival {
        static final int WAITING = 0;
        static final int RECEIVED = 1;
        static final int EXPIRED = 2;
        final AtomicInteger state = new AtomicInteger(WAITING);
        @SuppressWarnings("NullAway.Init") // set in Deadline.handle before the request can reach Received
        volatile Scheduler.Task timeout;
    }

    /** Inside the eager loader: reached once the whole body is in memory. */
    private static final class Received extends Handler.Wrapper {
        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            if (request.getAttribute(ARRIVAL) instanceof Arrival arrival) {
                if (!arrival.state.compareAndSet(Arrival.WAITING, Arrival.RECEIVED)) {
                    return true; // too late: the deadline has closed the connection and completed the request
                }
                arrival.timeout.cancel();
            }
            return super.handle(request, response, callback);
        }
    }

    /** A new connection must deliver its first request head in time (a slowloris sends it byte by byte). */
    private static final class HeadDeadline implements Connection.Listener {
        private final Server server;
        private final long millis;
        private final Set<Connection> delivered;

        HeadDeadline(Server server, long millis, Set<Connection> delivered) {
            this.server = server;
            this.millis = millis;
            this.delivered = delivered;
        }

        @Override
        public void onOpened(Connection connection) {
            server.getScheduler().schedule(() -> {
                if (!delivered.contains(connection)) {
                    connection.getEndPoint().close(new TimeoutException("no request head in time"));
                }
            }, millis, TimeUnit.MILLISECONDS);
        }

        @Override
        public void onClosed(Connection connection) {
            delivered.remove(connection);
        }
    }
}
