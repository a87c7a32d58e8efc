package nl.signaalwijzer.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Deployment settings of the safety shell and of operations, from environment variables. They belong
 * to the installation, not to the content, which is why they are not in {@code organisation.yaml}.
 *
 * @param quickExitUrl      where "Snel weg" goes: a neutral, non-personalised site
 * @param requestsPerMinute sustained requests per client (salted-hash key); 0 switches the limit off
 * @param burst             requests a client may make at once before the sustained rate applies
 * @param requestLog        one line per request: method, route template, status, duration
 * @param jsonLog           the request log as JSON lines (LOG_FORMAT=json) instead of text
 * @param metrics           Prometheus metrics at /metrics
 * @param clientTimeout     the time a client has to send a request's head and body, and the longest pause
 * @param shutdownDelay     on SIGTERM: not ready at once, but keep serving this long before closing
 * @param shutdownTimeout   on SIGTERM: the longest wait for requests in flight, after the delay
 * @param warmUpRequests    requests an instance sends itself before it reports ready (0: none)
 */
public record ServerSettings(String quickExitUrl, int requestsPerMinute, int burst, boolean requestLog,
                             boolean jsonLog, boolean metrics, Duration clientTimeout, Duration shutdownDelay,
                             Duration shutdownTimeout, int warmUpRequests) {

    /**
     * Buienradar is to the Netherlands what BBC Weather (GOV.UK's default) is to the UK: a
     * weather site nearly everyone visits, without personalised pages.
     */
    public static final String NEUTRAL_SITE = "https://www.buienradar.nl/";

    /** Requests a server process sends itself before it reports ready (see {@link nl.signaalwijzer.web.operations.WarmUp}). */
    public static final int WARM_UP_REQUESTS = 3000;

    /**
     * Generous: a whole ward behind one NAT address, clicking through at once, stays well under it.
     * No warm-up here: a server made in-process (tests, embedding) is not behind a load balancer;
     * {@link #from} (the real process) warms up by default.
     */
    public static final ServerSettings DEFAULTS = new ServerSettings(NEUTRAL_SITE, 600, 300, true, false, true,
            Duration.ofSeconds(10), Duration.ZERO, Duration.ofSeconds(10), 0);

    public ServerSettings {
        if (!quickExitUrl.startsWith("https://") && !quickExitUrl.startsWith("http://")) {
            throw new IllegalArgumentException("QUICK_EXIT_URL must be an http(s) address, not " + quickExitUrl);
        }
        if (warmUpRequests < 0) {
            throw new IllegalArgumentException("WARMUP_REQUESTS must be >= 0");
        }
        if (requestsPerMinute < 0 || burst < 1) {
            throw new IllegalArgumentException("RATE_LIMIT_PER_MINUTE must be >= 0 and RATE_LIMIT_BURST >= 1");
        }
        if (clientTimeout.toMillis() < 100 || shutdownDelay.isNegative() || shutdownTimeout.isNegative()) {
            throw new IllegalArgumentException("CLIENT_TIMEOUT_SECONDS must be > 0, SHUTDOWN_DELAY_SECONDS and "
                    + "SHUTDOWN_TIMEOUT_SECONDS >= 0");
        }
    }

    /** The safety-shell settings only; operations settings as in {@link #DEFAULTS}. */
    public ServerSettings(String quickExitUrl, int requestsPerMinute, int burst, boolean requestLog) {
        this(quickExitUrl, requestsPerMinute, burst, requestLog, false, true, Duration.ofSeconds(10), Duration.ZERO,
                Duration.ofSeconds(10), 0);
    }

    /**
     * The settings of a server process: QUICK_EXIT_URL, RATE_LIMIT_PER_MINUTE, RATE_LIMIT_BURST,
     * REQUEST_LOG (on|off), LOG_FORMAT (text|json), METRICS (on|off), CLIENT_TIMEOUT_SECONDS,
     * SHUTDOWN_DELAY_SECONDS, SHUTDOWN_TIMEOUT_SECONDS, WARMUP_REQUESTS; what is not set is as in
     * {@link #DEFAULTS}, except that a process warms up ({@link #WARM_UP_REQUESTS}).
     */
    public static ServerSettings from(Map<String, String> env) {
        return new ServerSettings(DEFAULTS.quickExitUrl, DEFAULTS.requestsPerMinute, DEFAULTS.burst,
                DEFAULTS.requestLog, DEFAULTS.jsonLog, DEFAULTS.metrics, DEFAULTS.clientTimeout,
                DEFAULTS.shutdownDelay, DEFAULTS.shutdownTimeout, WARM_UP_REQUESTS).with(env);
    }

    /**
     * These settings with the ones {@code env} names changed, by the same variable names as {@link #from}:
     * one way to read a setting, for the process and for tests alike.
     */
    public ServerSettings with(Map<String, String> env) {
        String format = env.getOrDefault("LOG_FORMAT", jsonLog ? "json" : "text").strip().toLowerCase(Locale.ROOT);
        if (!format.equals("text") && !format.equals("json")) {
            throw new IllegalArgumentException("LOG_FORMAT must be text or json, not '" + format + "'");
        }
        return new ServerSettings(
                env.getOrDefault("QUICK_EXIT_URL", quickExitUrl),
                number(env, "RATE_LIMIT_PER_MINUTE", requestsPerMinute),
                number(env, "RATE_LIMIT_BURST", burst),
                onOff(env, "REQUEST_LOG", requestLog),
                format.equals("json"),
                onOff(env, "METRICS", metrics),
                seconds(env, "CLIENT_TIMEOUT_SECONDS", clientTimeout),
                seconds(env, "SHUTDOWN_DELAY_SECONDS", shutdownDelay),
                seconds(env, "SHUTDOWN_TIMEOUT_SECONDS", shutdownTimeout),
                number(env, "WARMUP_REQUESTS", warmUpRequests));
    }

    private static boolean onOff(Map<String, String> env, String name, boolean fallback) {
        String value = env.get(name);
        return value == null || value.isBlank() ? fallback : !"off".equalsIgnoreCase(value.strip());
    }

    private static int number(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, not '" + value + "'");
        }
    }

    /** Whole or decimal seconds, e.g. {@code 10} or {@code 0.5}. */
    private static Duration seconds(Map<String, String> env, String name, Duration fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Duration.ofMillis(Math.round(Double.parseDouble(value.strip()) * 1000));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number of seconds, not '" + value + "'");
        }
    }
}
