package se.icld.gendernetwork.notification.notice;

import java.time.Duration;

/**
 * When a transient failure is tried again: after the n-th failed attempt wait {@code initial × 2^(n-1)},
 * at most {@code max}; after {@code maxAttempts} attempts in all, give up.
 */
public record RetryPolicy(Duration initial, Duration max, int maxAttempts) {

    /** The wait after the given number of failed attempts. */
    public Duration backoff(int attempts) {
        long factor = 1L << Math.min(20, Math.max(0, attempts - 1));
        Duration next = initial.multipliedBy(factor);
        return next.compareTo(max) > 0 ? max : next;
    }
}
