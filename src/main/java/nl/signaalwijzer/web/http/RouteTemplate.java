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

    /**
     * The route inside its organisation's scope: {@code /o/{organisation}/{location}/gesprek} is {@code /gesprek}, so
     * the routes stay as few as one organisation has (the organisation is a label of one counter, see Metrics).
     */
    public static String of(Context ctx) {
        String route;
        try {
            route = unscoped(ctx.endpoint().path);
        } catch (RuntimeException noEndpoint) {
            return NONE;
        }
        if (!"*".equals(route) && !route.startsWith(STATIC_FILES)) {
            return route;
        }
        // Static files and unmatched paths have no template of their own.
        return route.startsWith(STATIC_FILES) && ctx.statusCode() < 400 ? STATIC : NONE;
    }

    private static final String LOCATION = "/o/{organisation}/{location}";
    private static final String ORGANISATION = "/o/{organisation}";

    private static String unscoped(String route) {
        String inside = route.startsWith(LOCATION) ? route.substring(LOCATION.length())
                : route.startsWith(ORGANISATION) ? route.substring(ORGANISATION.length()) : route;
        return inside.isEmpty() ? "/" : inside;
    }
}
