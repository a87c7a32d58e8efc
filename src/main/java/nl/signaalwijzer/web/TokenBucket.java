package nl.signaalwijzer.web;

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

    /** Takes one token if there is one. */
    synchronized boolean tryTake(long now) {
        tokens = Math.min(capacity, tokens + (now - last) * tokensPerNano);
        last = now;
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
