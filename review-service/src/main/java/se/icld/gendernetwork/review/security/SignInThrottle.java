package se.icld.gendernetwork.review.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;

/**
 * Failed password sign-ins per account (user name, case-insensitive) and per client address: a
 * bucket4j token bucket per key, holding the limit's number of failures, created at the key's first
 * failure and refilled whole once the window has passed since then (an interval refill). Each
 * failure takes a token; once a key's bucket is empty, every attempt for it is refused until the
 * window has passed, whatever the password. The buckets live in bounded Caffeine caches that forget
 * a key when its window ends (its bucket would be full again), so a flood of made-up user names or
 * addresses evicts the oldest keys and never grows the heap without limit.
 *
 * <p>One replica's view: behind a load balancer each replica throttles on its own, so the effective
 * limit is the limit times the replicas.
 */
final class SignInThrottle {

    /** Keys kept per cache at most. */
    static final int MAX_KEYS = 100_000;

    private final SecurityProperties.SignIn limits;
    private final TimeMeter time;
    private final Cache<String, Bucket> accounts;
    private final Cache<String, Bucket> clients;

    SignInThrottle(SecurityProperties.SignIn limits, Clock clock) {
        this.limits = limits;
        this.time = new ClockTime(clock);
        this.accounts = buckets(limits.window(), clock);
        this.clients = buckets(limits.window(), clock);
    }

    /** Whether an attempt for this account from this client is refused now. Either may be null (unknown). */
    boolean refused(String username, String client) {
        return empty(accounts, account(username)) || empty(clients, client);
    }

    /**
     * Counts a failed attempt; returns which limit this very failure reached (to log it once), or
     * {@link Reached#NONE}.
     */
    Reached failed(String username, String client) {
        boolean account = take(accounts, account(username), limits.maxFailuresPerAccount());
        boolean fromClient = take(clients, client, limits.maxFailuresPerClient());
        return account ? Reached.ACCOUNT : fromClient ? Reached.CLIENT : Reached.NONE;
    }

    enum Reached { NONE, ACCOUNT, CLIENT }

    private static boolean empty(Cache<String, Bucket> cache, String key) {
        if (key == null) {
            return false;
        }
        Bucket bucket = cache.getIfPresent(key);
        return bucket != null && bucket.getAvailableTokens() <= 0;
    }

    /** Takes one failure's token from the key's bucket; true when this one emptied it. */
    private boolean take(Cache<String, Bucket> cache, String key, int limit) {
        if (key == null) {
            return false;
        }
        ConsumptionProbe probe = cache.get(key, k -> bucket(limit)).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() && probe.getRemainingTokens() == 0;
    }

    private Bucket bucket(int limit) {
        return Bucket.builder()
                .addLimit(l -> l.capacity(limit).refillIntervally(limit, limits.window()))
                .withCustomTimePrecision(time)
                .build();
    }

    private static String account(String username) {
        return username == null || username.isBlank() ? null : username.strip().toLowerCase(Locale.ROOT);
    }

    /** Written once, when a key's first failure creates its bucket: forgotten a window later. */
    private static Cache<String, Bucket> buckets(Duration window, Clock clock) {
        return Caffeine.newBuilder()
                .maximumSize(MAX_KEYS)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .expireAfterWrite(window)
                .build();
    }

    /** The service's clock as bucket4j's time (tests move it). */
    private record ClockTime(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            return TimeUnit.MILLISECONDS.toNanos(clock.millis());
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
