package nl.signaalwijzer.web.operations;

/** A classic token bucket: holds up to {@code capacity} tokens, refilled continuously at a fixed rate. */
final class TokenBucket {
    private final double capacity;
    private final double tokensPerNano;
    private double tokens;
    private long last;

    TokenBucket(int capacity, int perMinute, long now) {
        this.capacity = capacity;
        this.tokensPerNano = perMinute / 60e9;
        this.tokens = capacity;
        this.last = now;
    }

    /**
     * Takes one token if there is one. {@code now} is read before the lock is taken, so under load a
     * thread may arrive with an older reading than the one before it: that adds nothing, and must not
     * take away tokens either (it did: a generous limit then answered 429 under a load test).
     */
    synchronized boolean tryTake(long now) {
        if (now > last) {
            tokens = Math.min(capacity, tokens + (now - last) * tokensPerNano);
            last = now;
        }
        if (tokens >= 1) {
            tokens -= 1;
            return true;
        }
        return false;
    }

    /** Whole seconds until the next token, for Retry-After. */
    synchronized long secondsUntilNext() {
        return Math.max(1, (long) Math.ceil((1 - tokens) / tokensPerNano / 1e9));
    }
}
