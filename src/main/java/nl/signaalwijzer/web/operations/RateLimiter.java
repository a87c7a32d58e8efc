package nl.signaalwijzer.web.operations;

import nl.signaalwijzer.web.http.HttpError;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import io.javalin.http.Context;
import java.time.Duration;
import nl.signaalwijzer.flow.Text;

/**
 * Requests per client, as token buckets in a bounded Caffeine cache keyed by a {@link ClientKey}
 * (never the address itself). An idle bucket is full again after a minute or two, so it simply
 * expires; the size cap keeps a flood of fake addresses from growing memory without bound.
 */
public final class RateLimiter {
    static final int MAX_CLIENTS = 100_000;

    private final int perMinute;
    private final int burst;
    private final Ticker ticker;
    private final ClientKey keys = new ClientKey();
    private final Cache<String, TokenBucket> buckets;

    RateLimiter(int perMinute, int burst, Ticker ticker) {
        this.perMinute = perMinute;
        this.burst = burst;
        this.ticker = ticker;
        // After this long without a request a bucket would be full anyway: forgetting it changes nothing.
        long refillSeconds = perMinute == 0 ? 60 : Math.max(60, (long) Math.ceil(burst * 60.0 / perMinute));
        this.buckets = Caffeine.newBuilder()
                .expireAfterAccess(Duration.ofSeconds(refillSeconds))
                .maximumSize(MAX_CLIENTS)
                .ticker(ticker)
                // Evict on the calling thread: the work is tiny, and the size bound then holds at once.
                .executor(Runnable::run)
                .build();
    }

    /** {@code perMinute} 0 switches the limit off. */
    public static RateLimiter of(int perMinute, int burst) {
        return new RateLimiter(perMinute, burst, Ticker.systemTicker());
    }

    boolean enabled() {
        return perMinute > 0;
    }

    /** A before-handler: lets the request through, or answers 429 with a Retry-After. */
    public void check(Context ctx) {
        if (!enabled()) {
            return;
        }
        TokenBucket bucket = bucketOf(ctx.ip());
        if (!bucket.tryTake(ticker.read())) {
            ctx.header("Retry-After", String.valueOf(bucket.secondsUntilNext()));
            throw tooMany();
        }
    }

    /** One request from this address; true if it is allowed. */
    boolean allow(String address) {
        return !enabled() || bucketOf(address).tryTake(ticker.read());
    }

    private TokenBucket bucketOf(String address) {
        long now = ticker.read();
        return buckets.get(keys.of(address), key -> new TokenBucket(burst, perMinute, now));
    }

    /** How many clients are remembered now (for tests and curiosity; never who they are). */
    long clients() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    static HttpError tooMany() {
        return new HttpError(429, "too-many-requests", new Text(
                "Er kwamen heel veel verzoeken tegelijk binnen. Wacht een minuut en probeer het dan opnieuw.",
                "A great many requests arrived at once. Wait a minute, then try again."));
    }
}
