package nl.signaalwijzer.web;

import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One line per request with exactly four things: method, route template, status, duration. No
 * path (it may hold ids), no query string, no body, no header, no address: an operator can see
 * load and errors, and nobody can read from it what a person asked.
 */
final class RequestLog {
    private static final Logger LOG = LoggerFactory.getLogger("signaalwijzer.requests");

    private RequestLog() {
    }

    static void write(Context ctx, float millis) {
        LOG.info("{} {} {} {}ms", ctx.method().name(), route(ctx), ctx.statusCode(), Math.round(millis));
    }

    /** A fixed template: static files and unmatched paths have no route of their own. */
    private static String route(Context ctx) {
        String route = WebServer.routeOf(ctx);
        if (!"*".equals(route)) {
            return route;
        }
        return ctx.path().startsWith("/static/") && ctx.statusCode() < 400 ? "/static/*" : "(no route)";
    }
}
