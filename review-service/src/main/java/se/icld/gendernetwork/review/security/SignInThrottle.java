package se.icld.gendernetwork.review.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

/**
 * Failed password sign-ins per account (user name, case-insensitive) and per client address, each
 * in a fixed window that starts with its first failure. Once a key has reached its limit, every
 * attempt for it is refused until its window has passed, whatever the password. The windows live
 * in Caffeine caches that forget a key when its window ends, bounded in size (a flood of made-up
 * user names or addresses evicts the oldest keys, never grows the heap without limit).
 *
 * <p>One replica's view: behind a load balancer each replica throttles on its own, so the effective
 * limit is the limit times the replicas.
 */
final class SignInThrottle {

    /** Keys kept per cache at most. */
    static final int MAX_KEYS = 100_000;

    private final SecurityProperties.SignIn limits;
    private final Cache<String, AtomicInteger> accounts;
    private final Cache<String, AtomicInteger> clients;

    SignInThrottle(SecurityProperties.SignIn limits, Clock clock) {
        this.limits = limits;
        this.accounts = window(limits.window(), clock);
        this.clients = window(limits.window(), clock);
    }

    /** Whether an attempt for this account from this client is refused now. Either may be null (unknown). */
    boolean refused(String username, String client) {
        return over(accounts, account(username), limits.maxFailuresPerAccount())
                || over(clients, client, limits.maxFailuresPerClient());
    }

    /**
     * Counts a failed attempt; returns which limit this very failure reached (to log it once), or
     * {@link Reached#NONE}.
     */
    Reached failed(String username, String client) {
        boolean account = count(accounts, account(username)) == limits.maxFailuresPerAccount();
        boolean fromClient = count(clients, client) == limits.maxFailuresPerClient();
        return account ? Reached.ACCOUNT : fromClient ? Reached.CLIENT : Reached.NONE;
    }

    enum Reached { NONE, ACCOUNT, CLIENT }

    private static boolean over(Cache<String, AtomicInteger> cache, String key, int limit) {
        if (key == null) {
            return false;
        }
        AtomicInteger failures = cache.getIfPresent(key);
        return failures != null && failures.get() >= limit;
    }

    private static int count(Cache<String, AtomicInteger> cache, String key) {
        return key == null ? 0 : cache.get(key, k -> new AtomicInteger()).incrementAndGet();
    }

    private static String account(String username) {
        return username == null || username.isBlank() ? null : username.strip().toLowerCase(Locale.ROOT);
    }

    private static Cache<String, AtomicInteger> window(Duration window, Clock clock) {
        return Caffeine.newBuilder()
                .maximumSize(MAX_KEYS)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .expireAfter(new Expiry<String, AtomicInteger>() {
                    @Override
                    public long expireAfterCreate(String key, AtomicInteger value, long now) {
                        return window.toNanos();
                    }

                    @Override
                    public long expireAfterUpdate(String key, AtomicInteger value, long now, long remaining) {
                        return remaining;
                    }

                    @Override
                    public long expireAfterRead(String key, AtomicInteger value, long now, long remaining) {
                        return remaining;
                    }
                })
                .build();
    }
}
