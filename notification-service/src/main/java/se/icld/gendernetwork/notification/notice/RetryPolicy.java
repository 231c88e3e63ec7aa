package se.icld.gendernetwork.notification.notice;

import java.time.Duration;
import java.time.Instant;

/**
 * When a notice is tried again. After the n-th failed attempt wait {@code initial × 2^(n-1)}, at most
 * {@code max}; the attempts of one notice span {@code giveUpAfter} (counted from its creation or an
 * operator's requeue), the last one at that deadline; after it a transient failure is final. An
 * unknown outcome (no reply after the data) is tried again only after {@code unknownOutcomeRetryAfter},
 * and only within the budget.
 */
public record RetryPolicy(Duration initial, Duration max, Duration giveUpAfter, Duration unknownOutcomeRetryAfter) {

    /** The wait after the given number of failed attempts. */
    public Duration backoff(int attempts) {
        long factor = 1L << Math.min(20, Math.max(0, attempts - 1));
        Duration next = initial.multipliedBy(factor);
        return next.compareTo(max) > 0 ? max : next;
    }

    /** The last moment an attempt is made for a notice whose attempts began at {@code since}. */
    public Instant deadline(Instant since) {
        return since.plus(giveUpAfter);
    }
}
