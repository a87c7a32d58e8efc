package nl.signaalwijzer.web.http;


import io.javalin.http.Context;
import java.util.Set;

/**
 * The one home of how a request is named: "which route served this request", for the request log, the metrics and the error
 * log: always a fixed template (e.g. {@code /api/v1/flows/{flowId}/conversation}), never the concrete
 * path, which may hold ids or whatever someone typed into the address bar.
 */
public final class RouteTemplate {
    static final String NONE = "(no route)";
    static final String STATIC = "/static/*";
    /** Where the static files are served: their URLs start with this. */
    public static final String STATIC_FILES = "/static/";

    private RouteTemplate() {
    }

    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "OPTIONS", "PATCH");

    /** The method, or OTHER: a client may send any word there, and labels must stay few. */
    public static String method(Context ctx) {
        String method = ctx.method().name();
        return METHODS.contains(method) ? method : "OTHER";
    }

    public static String of(Context ctx) {
        String route;
        try {
            route = ctx.endpoint().path;
        } catch (RuntimeException noEndpoint) {
            return NONE;
        }
        if (!"*".equals(route) && !route.startsWith(STATIC_FILES)) {
            return route;
        }
        // Static files and unmatched paths have no template of their own.
        return ctx.path().startsWith(STATIC_FILES) && ctx.statusCode() < 400 ? STATIC : NONE;
    }
}
