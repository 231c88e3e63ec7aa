package se.icld.gendernetwork.intake.ratelimit;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * At most {@code perMinute} submissions per client (its remote address), with a token bucket per
 * client that refills gradually over a minute. The number of clients tracked is bounded: a bucket
 * idle for a minute is full again, so it is forgotten then, and beyond {@code maxClients} the
 * least recently used ones go first (a forgotten client starts with a full bucket).
 */
public class ClientRateLimiter {

    private static final Duration WINDOW = Duration.ofMinutes(1);

    private final long perMinute;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;

    public ClientRateLimiter(long perMinute, long maxClients, TimeMeter time) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("the rate limit must allow at least one submission per minute");
        }
        this.perMinute = perMinute;
        this.time = time;
        this.buckets = Caffeine.newBuilder()
                .expireAfterAccess(WINDOW)
                .maximumSize(maxClients)
                .build();
    }

    /** Takes one submission from the client's allowance, or says how long to wait for the next one. */
    public Decision tryAcquire(String client) {
        Bucket bucket = buckets.get(client == null ? "" : client, key -> newBucket());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return Decision.ALLOWED;
        }
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        return new Decision(false, seconds);
    }

    /** How many clients are tracked now (for tests and curiosity). */
    long trackedClients() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, WINDOW))
                .withCustomTimePrecision(time)
                .build();
    }

    /** Allowed, or refused with the seconds after which one more submission will be allowed. */
    public record Decision(boolean allowed, long retryAfterSeconds) {

        static final Decision ALLOWED = new Decision(true, 0);
    }
}
