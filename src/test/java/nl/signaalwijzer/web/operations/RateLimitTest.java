package nl.signaalwijzer.web.operations;

import nl.signaalwijzer.web.ServerSettings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import nl.signaalwijzer.Fixtures;
import nl.signaalwijzer.TestServer;
import org.junit.jupiter.api.Test;

/** Rate limiting: friendly 429s, keys that identify nobody, buckets that refill, expire and stay bounded. */
class RateLimitTest {

    @Test
    void aClientOverTheLimitGetsAFriendly429PageOrJsonAndTheServerKeepsServingOthers() {
        try (TestServer server = TestServer.start(Fixtures.validFixture(),
                ServerSettings.DEFAULTS.with(Map.of(
                        "REQUEST_LOG", "off", "RATE_LIMIT_PER_MINUTE", "60", "RATE_LIMIT_BURST", "5")))) {
            for (int i = 0; i < 5; i++) {
                assertThat(server.get("/").statusCode()).isEqualTo(200);
            }
            HttpResponse<String> page = server.get("/");
            assertThat(page.statusCode()).isEqualTo(429);
            assertThat(page.headers().firstValue("Retry-After")).hasValue("1");
            assertThat(page.body()).contains("Dat lukte niet", "Wacht een minuut", "Opnieuw beginnen", "tel:112");
            HttpResponse<String> api = server.get("/api/v1/flows");
            assertThat(api.statusCode()).isEqualTo(429);
            assertThat(api.body()).startsWith("{\"error\":{\"code\":\"too-many-requests\"");
        }
    }

    @Test
    void contentHashedStaticFilesAreNotCountedOtherRequestsAre() {
        try (TestServer server = TestServer.start(Fixtures.validFixture(),
                ServerSettings.DEFAULTS.with(Map.of(
                        // one token a minute: on a busy machine the 40 asset requests take seconds, and a
                        // faster refill would let the request that must be refused through
                        "REQUEST_LOG", "off", "RATE_LIMIT_PER_MINUTE", "1", "RATE_LIMIT_BURST", "2")))) {
            java.util.List<String> assets = TestServer.hashedAssetUrls(server.get("/").body());
            assertThat(assets).hasSize(4);
            // A ward behind one address loads the page's files (style, two scripts, icon) again and again: never refused.
            for (int i = 0; i < 10; i++) {
                for (String asset : assets) {
                    assertThat(server.get(asset).statusCode()).as(asset).isEqualTo(200);
                }
            }
            assertThat(server.get("/").statusCode()).as("the second request that counts").isEqualTo(200);
            assertThat(server.get("/").statusCode()).isEqualTo(429);
            assertThat(server.get("/static/css/app.css").statusCode()).as("a plain static URL counts").isEqualTo(429);
            assertThat(server.get("/static/css/app.0123456789.css").statusCode()).as("an unknown hash counts").isEqualTo(429);
            assertThat(server.get(assets.get(0)).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aRequestThatReadTheClockEarlierTakesOneTokenAndNoMore() {
        long second = TimeUnit.SECONDS.toNanos(1);
        TokenBucket bucket = new TokenBucket(2, 6_000_000, 10 * second);
        assertThat(bucket.tryTake(10 * second)).isTrue();
        // a thread that read the clock 1 ms before the previous one, and got the lock after it
        assertThat(bucket.tryTake(10 * second - TimeUnit.MILLISECONDS.toNanos(1))).isTrue();
        assertThat(bucket.tryTake(10 * second + TimeUnit.MICROSECONDS.toNanos(10))).as("refilled as usual").isTrue();
    }

    @Test
    void bucketsRefillOverTime() {
        AtomicLong nanos = new AtomicLong();
        RateLimiter limiter = new RateLimiter(60, 2, nanos::get);
        assertThat(limiter.allow("10.0.0.1")).isTrue();
        assertThat(limiter.allow("10.0.0.1")).isTrue();
        assertThat(limiter.allow("10.0.0.1")).isFalse();
        assertThat(limiter.allow("10.0.0.2")).as("another client has its own bucket").isTrue();
        nanos.addAndGet(TimeUnit.SECONDS.toNanos(1));
        assertThat(limiter.allow("10.0.0.1")).as("one token per second at 60/minute").isTrue();
        assertThat(limiter.allow("10.0.0.1")).isFalse();
    }

    @Test
    void bucketsExpireAndCannotGrowWithoutBound() {
        AtomicLong nanos = new AtomicLong();
        RateLimiter limiter = new RateLimiter(600, 300, nanos::get);
        for (int i = 0; i < RateLimiter.MAX_CLIENTS + 20_000; i++) {
            limiter.allow("spoofed-" + i);
        }
        assertThat(limiter.clients()).isLessThanOrEqualTo(RateLimiter.MAX_CLIENTS);
        nanos.addAndGet(TimeUnit.MINUTES.toNanos(2));
        long remembered = limiter.clients();
        for (int run = 0; run < 500 && remembered > 0; run++) {
            remembered = limiter.clients(); // Caffeine expires in bounded steps, one per maintenance run
        }
        assertThat(remembered).as("idle buckets are forgotten").isZero();
    }

    @Test
    void aClientKeyIsASaltedHashThatChangesWithEveryProcess() {
        ClientKey one = new ClientKey();
        ClientKey other = new ClientKey();
        String address = "192.168.12.34";
        assertThat(one.of(address)).isEqualTo(one.of(address)).isNotEqualTo(other.of(address))
                .doesNotContain("192", "168", "12.34").hasSize(22);
    }

    @Test
    void zeroSwitchesTheLimitOff() {
        ServerSettings settings = ServerSettings.DEFAULTS.with(Map.of(
                "RATE_LIMIT_PER_MINUTE", "0", "RATE_LIMIT_BURST", "1"));
        RateLimiter off = RateLimiter.of(settings.requestsPerMinute(), settings.burst());
        for (int i = 0; i < 1000; i++) {
            assertThat(off.allow("10.0.0.1")).isTrue();
        }
        assertThat(off.clients()).isZero();
    }
}
