package nl.signaalwijzer.web;

import java.util.Map;

/**
 * Deployment settings of the safety shell, from environment variables. They belong to the
 * installation, not to the content, which is why they are not in {@code organisation.yaml}.
 *
 * @param quickExitUrl      where "Snel weg" goes: a neutral, non-personalised site
 * @param requestsPerMinute sustained requests per client (salted-hash key); 0 switches the limit off
 * @param burst             requests a client may make at once before the sustained rate applies
 * @param requestLog        one line per request: method, route template, status, duration
 */
public record ServerSettings(String quickExitUrl, int requestsPerMinute, int burst, boolean requestLog) {

    /**
     * Buienradar is to the Netherlands what BBC Weather (GOV.UK's default) is to the UK: a
     * weather site nearly everyone visits, without personalised pages.
     */
    public static final String NEUTRAL_SITE = "https://www.buienradar.nl/";

    /** Generous: a whole ward behind one NAT address, clicking through at once, stays well under it. */
    public static final ServerSettings DEFAULTS = new ServerSettings(NEUTRAL_SITE, 600, 300, true);

    public ServerSettings {
        if (!quickExitUrl.startsWith("https://") && !quickExitUrl.startsWith("http://")) {
            throw new IllegalArgumentException("QUICK_EXIT_URL must be an http(s) address, not " + quickExitUrl);
        }
        if (requestsPerMinute < 0 || burst < 1) {
            throw new IllegalArgumentException("RATE_LIMIT_PER_MINUTE must be >= 0 and RATE_LIMIT_BURST >= 1");
        }
    }

    /** QUICK_EXIT_URL, RATE_LIMIT_PER_MINUTE, RATE_LIMIT_BURST, REQUEST_LOG (on|off); defaults above. */
    public static ServerSettings from(Map<String, String> env) {
        return new ServerSettings(
                env.getOrDefault("QUICK_EXIT_URL", DEFAULTS.quickExitUrl()),
                number(env, "RATE_LIMIT_PER_MINUTE", DEFAULTS.requestsPerMinute()),
                number(env, "RATE_LIMIT_BURST", DEFAULTS.burst()),
                !"off".equalsIgnoreCase(env.getOrDefault("REQUEST_LOG", "on")));
    }

    public ServerSettings withRateLimit(int perMinute, int burst) {
        return new ServerSettings(quickExitUrl, perMinute, burst, requestLog);
    }

    public ServerSettings withRequestLog(boolean on) {
        return new ServerSettings(quickExitUrl, requestsPerMinute, burst, on);
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
}
