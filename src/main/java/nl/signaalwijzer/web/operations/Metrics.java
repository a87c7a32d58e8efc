package nl.signaalwijzer.web.operations;

import nl.signaalwijzer.web.http.RouteTemplate;

import io.javalin.http.Context;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import nl.signaalwijzer.flow.FlowCatalog;
import org.jspecify.annotations.Nullable;

/**
 * Operational metrics for Prometheus at {@code GET /metrics}: requests by method, route template and
 * status with a latency histogram, JVM memory, GC, threads and CPU, whether this instance is ready,
 * and the version of each flow in use. Nothing about answers, outcomes or clients: the only labels are
 * the route template (never the path), the method, the status, a flow's id and content hash, and on one counter
 * the organisation's id (a known one only: never a word someone typed into an address).
 *
 * <p>The organisation is on a counter of its own, never on the latency histogram, and no location is labelled
 * anywhere: 200 organisations times the routes times the histogram's buckets would be about 100,000 series.
 */
public final class Metrics {
    public static final String PATH = "/metrics";
    /** Bucket bounds for the latency histogram: a prepared step takes about a millisecond. */
    private static final Duration[] BUCKETS = {
            Duration.ofMillis(1), Duration.ofMillis(2), Duration.ofMillis(5), Duration.ofMillis(10),
            Duration.ofMillis(25), Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250),
            Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5)};

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();
    private final Map<String, Counter> byOrganisation = new ConcurrentHashMap<>();
    private final Supplier<@Nullable FlowCatalog> catalog;
    private final MultiGauge flows;

    public Metrics(Supplier<@Nullable FlowCatalog> catalog, Health health, @Nullable RequestLog log) {
        this.catalog = catalog;
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        Gauge.builder("signaalwijzer.ready", health, h -> h.ready() ? 1 : 0)
                .description("1 when this instance serves at full speed and is not shutting down").register(registry);
        if (log != null) {
            Gauge.builder("signaalwijzer.request.log.dropped", log, RequestLog::dropped)
                    .description("request log lines dropped because the log could not keep up").register(registry);
        }
        flows = MultiGauge.builder("signaalwijzer.flow")
                .description("1 for each flow in use, labelled with its id and version (content hash)")
                .register(registry);
    }

    /** One finished request (from Javalin's request logger hook), named as {@link RouteTemplate} names it. */
    /** @param organisation the organisation's id; "" for the default organisation or an address we do not know */
    public void record(String method, String route, String organisation, int status, float millis) {
        byOrganisation.computeIfAbsent(organisation + ' ' + route + ' ' + status, key -> Counter.builder(
                        "signaalwijzer.requests.organisation")
                        .description("requests by organisation (the default: \"\"), route template and status")
                        .tags("organisation", organisation, "route", route, "status", String.valueOf(status))
                        .register(registry))
                .increment();
        record(method, route, status, millis);
    }

    private void record(String method, String route, int status, float millis) {
        timers.computeIfAbsent(method + ' ' + route + ' ' + status, key -> Timer.builder("http.server.requests")
                        .description("requests by method, route template and status")
                        .tags("method", method, "route", route, "status", String.valueOf(status))
                        .serviceLevelObjectives(BUCKETS)
                        .register(registry))
                .record((long) (millis * 1_000_000), TimeUnit.NANOSECONDS);
    }

    public void scrape(Context ctx) {
        FlowCatalog current = catalog.get();
        List<MultiGauge.Row<?>> rows = current == null ? List.of() : current.flows().values().stream()
                .<MultiGauge.Row<?>>map(flow -> MultiGauge.Row.of(Tags.of("flow", flow.id(), "version", flow.version()), 1))
                .toList();
        flows.register(rows, true);
        ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
    }
}
