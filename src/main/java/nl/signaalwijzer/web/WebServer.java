package nl.signaalwijzer.web;

import nl.signaalwijzer.web.http.HttpError;
import nl.signaalwijzer.web.http.Json;
import nl.signaalwijzer.web.http.QueryLang;
import nl.signaalwijzer.web.http.RequestBody;
import nl.signaalwijzer.web.http.RouteTemplate;
import nl.signaalwijzer.web.http.SecurityHeaders;
import nl.signaalwijzer.web.operations.GracefulShutdown;
import nl.signaalwijzer.web.operations.Health;
import nl.signaalwijzer.web.operations.Metrics;
import nl.signaalwijzer.web.operations.RateLimiter;
import nl.signaalwijzer.web.operations.RequestLog;
import nl.signaalwijzer.web.operations.SlowClients;
import nl.signaalwijzer.web.operations.StackFrames;
import nl.signaalwijzer.web.operations.WarmUp;
import nl.signaalwijzer.web.rendering.FallbackErrorPage;
import nl.signaalwijzer.web.rendering.PageRenderer;
import nl.signaalwijzer.web.rendering.Pages;
import nl.signaalwijzer.web.rendering.PreparedPagesHolder;
import nl.signaalwijzer.web.rendering.PageLanguage;
import nl.signaalwijzer.web.rendering.SafetyShell;
import nl.signaalwijzer.web.rendering.StaticAssets;
import nl.signaalwijzer.web.rendering.Views;
import nl.signaalwijzer.web.routes.ApiRoutes;
import nl.signaalwijzer.web.routes.FlowToolRoutes;
import nl.signaalwijzer.web.routes.PageRoutes;
import nl.signaalwijzer.web.routes.SafetyRoutes;
import nl.signaalwijzer.web.routes.RequestScope;
import nl.signaalwijzer.web.routes.Scopes;
import nl.signaalwijzer.organisation.Organisations;
import java.util.List;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Gzip;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import java.util.concurrent.atomic.AtomicReference;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.signaalwijzer.flow.FlowCatalog;
import nl.signaalwijzer.flow.Lang;
import nl.signaalwijzer.flow.Text;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** All routes in one readable place; handlers are small functions of a request context. */
public final class WebServer {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);

    private WebServer() {
    }

    /** @param catalog the flows in use now; read on every request so a reload can swap them */
    public static Javalin create(Supplier<FlowCatalog> catalog) {
        return create(catalog, ServerSettings.DEFAULTS);
    }

    public static Javalin create(Supplier<FlowCatalog> catalog, ServerSettings settings) {
        return create(catalog, Organisations::none, settings, new Health());
    }

    public static Javalin create(Supplier<FlowCatalog> catalog, ServerSettings settings, Health health) {
        return create(catalog, Organisations::none, settings, health);
    }

    /**
     * @param catalog       the flows in use now, with the default organisation (served without a prefix)
     * @param organisations the organisations folder in use now, each served under {@code /o/{id}}; read on every
     *                      request so a reload can swap it
     * @param health        this instance's readiness; the caller tells it when shutting down
     */
    public static Javalin create(Supplier<FlowCatalog> catalog, Supplier<Organisations> organisations,
                                 ServerSettings settings, Health health) {
        // performance: the jar scan and gzip of the static files run on a thread of their own, so the web
        // server's set-up does not wait for them; everything below uses them only at first use.
        Supplier<StaticAssets> assets = StaticAssets.fromClasspathInBackground();
        // The safety shell is per organisation or location (its kiosk settings, its quick exit), never per request.
        Function<FlowCatalog, SafetyShell> shell = PageRenderer.shells(settings.quickExitUrl());
        Views views = new Views(text -> assets.get().rewrite(text));
        PageRenderer renderer = new PageRenderer(views, shell);
        Scopes scopes = new Scopes(catalog, organisations);
        // performance: every page of the catalog in use rendered ahead, in the background (see PreparedPages)
        PreparedPagesHolder prepared = new PreparedPagesHolder(renderer);
        PageRoutes pages = new PageRoutes(scopes, renderer, prepared);
        ApiRoutes api = new ApiRoutes(scopes, prepared);
        SafetyRoutes safety = new SafetyRoutes(scopes, views, shell);
        RateLimiter limiter = RateLimiter.of(settings.requestsPerMinute(), settings.burst());
        FlowToolRoutes flowTools = new FlowToolRoutes(scopes, views, shell);
        // operations: ready once the flows are loaded and their pages prepared (asking starts preparing)
        health.preparedWhen(() -> catalog.get() != null && prepared.of(catalog.get()) != null);
        WarmUp warmUp = new WarmUp(catalog, settings.warmUpRequests());
        health.warmWhen(warmUp::done);
        AtomicReference<@Nullable Server> jetty = new AtomicReference<>();
        @Nullable RequestLog log = settings.requestLog()
                ? new RequestLog(settings.jsonLog() ? RequestLog.Format.JSON : RequestLog.Format.TEXT) : null;
        @Nullable Metrics metrics = settings.metrics() ? new Metrics(catalog, health, log) : null;
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = RequestBody.MAX_BYTES;
            // performance: HTML and JSON over 1500 bytes are gzipped when the client accepts it (level 6:
            // most of the gain for little CPU); static files come precompressed from StaticAssets.
            config.http.compressionStrategy = new CompressionStrategy(null, new Gzip(6));
            // performance: a small thread pool; on a small VM a few busy threads beat many waiting ones,
            // and every idle thread's stack costs memory. Four per core (Jetty's acceptor and selectors lease
            // theirs from it), at least 8: on 2 cores, 64 connections of outcome steps had p99 17-27 ms with 8
            // threads against 56-92 ms with 24, and more steps per second (no step waits on I/O: a request's body
            // is read before a handler runs, SlowClients, and a response fits the socket's buffer).
            config.jetty.threadPool = new QueuedThreadPool(Math.max(8, 4 * Runtime.getRuntime().availableProcessors()),
                    4, 60_000);
            // performance: no header cache per connection. Jetty's parser keeps one per open connection, about
            // 100 KB each (a trie over the visible ASCII alphabet): 64 keep-alive connections held 6.3 MB of a
            // 64 MB heap, and a ward of phones and kiosks keeps many open. Our requests carry few headers.
            config.jetty.modifyHttpConfiguration(http -> http.setHeaderCacheSize(0));
            // safety shell
            config.jetty.modifyServer(server -> {
                jetty.set(server);
                server.setErrorHandler(new FallbackErrorPage(status ->
                        errorPage(views, PageLanguage.of(catalog.get(), Lang.NL), shell.apply(catalog.get()).at(""), status,
                                new Text("Dit verzoek kwam niet goed aan.", "This request did not arrive intact."))));
                // operations: slow senders hold no worker thread; SIGTERM waits for requests in flight
                SlowClients.guard(server, settings.clientTimeout());
                GracefulShutdown.countInFlight(server, settings.shutdownTimeout());
            });
            // operations: start preparing the pages as soon as the server runs, not at the first request
            config.events.serverStarted(() -> {
                health.ready();
                Server server = jetty.get();
                if (server != null && server.getConnectors()[0] instanceof ServerConnector connector) {
                    String host = connector.getHost();
                    warmUp.startAfter(health::prepared, host == null || host.equals("0.0.0.0") || host.equals("::")
                            ? "127.0.0.1" : host, connector.getLocalPort());
                }
            });
            if (log != null) {
                config.events.serverStopped(log::close);
            }
            config.routes.before(SecurityHeaders::apply);
            // safety shell. Content-hashed static files are not counted: every page loads several of them,
            // a whole ward behind one address would run out of requests several times as fast, and
            // answering them (from memory, or a 304) costs less than counting them.
            config.routes.before(ctx -> {
                // Probes and scrapes come often from one address; they must never be refused.
                if (!assets.get().isHashed(Scopes.unscoped(ctx.path())) && !Health.isHealthPath(ctx.path())
                        && !ctx.path().equals(Metrics.PATH) && !warmUp.isWarmUp(ctx)) {
                    limiter.check(ctx);
                }
            });
            if (log != null || metrics != null) {
                config.requestLogger.http((ctx, millis) -> {
                    if (warmUp.isWarmUp(ctx)) {
                        return; // the instance talking to itself before it is ready: nobody's request
                    }
                    // performance: the request is named once, for the metrics and the log alike
                    String method = RouteTemplate.method(ctx);
                    String route = RouteTemplate.of(ctx);
                    if (metrics != null) {
                        metrics.record(method, route, Scopes.metricsLabel(ctx), ctx.statusCode(), millis);
                    }
                    // Probes and scrapes are not logged per request (contract v1.1): they would drown the log.
                    if (log != null && !Health.isHealthPath(ctx.path()) && !ctx.path().equals(Metrics.PATH)) {
                        log.write(method, route, ctx.statusCode(), millis);
                    }
                });
            }
            config.routes.get(Health.LIVE, health::live);
            config.routes.get(Health.READY, health::ready);
            if (metrics != null) {
                config.routes.get(Metrics.PATH, metrics::scrape);
            }
            // Every route once without a prefix (the default organisation), then under each organisation, then under
            // each location: a path's first match wins, so /o/x/privacy is organisation x's privacy page, never a
            // location called "privacy" (no id is a route's word: ReservedWords).
            for (String prefix : List.of("", Scopes.ORGANISATION_PREFIX, Scopes.LOCATION_PREFIX)) {
                config.routes.get(prefix + "/", pages::start);
                config.routes.post(prefix + PageRoutes.CONVERSATION, pages::conversation);
                config.routes.get(prefix + PageRoutes.CONVERSATION, pages::conversationByGet);
                // performance: every file under static/, from memory, also at a content-hashed URL cached for a year
                config.routes.get(prefix + StaticAssets.URL_PREFIX + "<path>", ctx -> {
                    scopes.of(ctx); // an unknown organisation's address is a 404 for its files too
                    assets.get().serve(ctx, Scopes.unscoped(ctx.path()));
                });
                config.routes.get(prefix + "/api/v1/flows", api::flows);
                config.routes.post(prefix + "/api/v1/flows/{flowId}/conversation", api::conversation);
                // safety shell
                config.routes.get(prefix + SafetyRoutes.PRIVACY, safety::privacy);
                config.routes.get(prefix + SafetyRoutes.QUICK_EXIT_HELP, safety::quickExitHelp);
                // flow tools
                config.routes.get(prefix + "/flows", flowTools::list);
                config.routes.get(prefix + "/flows/{flowId}/diagram", flowTools::diagram);
                config.routes.get(prefix + "/flows/{flowId}/diagram.mmd", flowTools::mermaid);
            }

            config.routes.exception(HttpError.class, (error, ctx) -> respond(ctx, error, views, scopes, shell));
            config.routes.exception(Exception.class, (error, ctx) -> {
                // Types and stack frames only: a message could contain what someone typed.
                LOG.error("unexpected {} on {} {}\n{}", error.getClass().getName(), RouteTemplate.method(ctx),
                        RouteTemplate.of(ctx), StackFrames.of(error));
                respond(ctx, new HttpError(500, "internal-error", new Text(
                        "Er ging iets mis aan onze kant.", "Something went wrong on our side.")), views, scopes, shell);
            });
            config.routes.error(404, ctx -> {
                if (!Boolean.TRUE.equals(ctx.attribute("handled-error"))) {
                    respond(ctx, HttpError.notFound(), views, scopes, shell);
                }
            });
            config.routes.error(405, ctx -> respond(ctx, new HttpError(405, "method-not-allowed", new Text(
                    "Zo kun je deze pagina niet openen.", "This page cannot be opened this way.")), views, scopes, shell));
        });
    }

    private static void respond(Context ctx, HttpError error, Views views, Scopes scopes,
                                Function<FlowCatalog, SafetyShell> shell) {
        ctx.attribute("handled-error", true);
        ctx.status(error.status());
        SecurityHeaders.apply(ctx);
        if (Scopes.unscoped(ctx.path()).startsWith("/api/")) {
            Json.send(ctx, Map.of("error", error.apiError()));
            return;
        }
        // in the organisation or location asked for where it exists (its quick exit, its start page), else the
        // default's, which names no organisation: an unknown address must not list the ones that exist
        RequestScope scope = scopes.forErrorPage(ctx);
        FlowCatalog current = scope.catalog();
        Lang lang = current.pageLanguage(QueryLang.of(ctx));
        Pages.html(ctx, errorPage(views, PageLanguage.of(current, lang), shell.apply(current).at(scope.path()),
                error.status(), error.text()));
    }

    /**
     * The one calm error page: for our own 4xx and for the requests Jetty refuses before we see them. It can be at
     * any depth, so its links start from the scope's own path ({@code shell}), never relative.
     */
    static String errorPage(Views views, PageLanguage language, SafetyShell shell, int status, Text message) {
        return views.page("error", language, "errorTitle", Map.of(
                "status", status,
                "message", message.in(language.lang())), shell);
    }
}
