package se.icld.gendernetwork.notification.notice;

import java.time.Instant;

/**
 * What becomes of a notice after one attempt: a pure function of the SMTP outcome, the attempts
 * made before this one, when they began, the time and the retry policy. No I/O, no clock, no
 * Spring: one unit test per rule ({@code DeliveryDecisionTest}).
 */
public sealed interface DeliveryDecision {

    /** The server took the message: record SENT. */
    record Sent() implements DeliveryDecision {
    }

    /** Try again at {@code at}; {@code error} is what went wrong this time. */
    record Retry(Instant at, String error) implements DeliveryDecision {
    }

    /** Give up: record FAILED and announce it. */
    record Failed(String error) implements DeliveryDecision {
    }

    /**
     * No reply after the data: record UNKNOWN; try again (same Message-ID) at {@code retryAt}, or, when
     * that falls after the budget, never by itself ({@code retryAt} null: an operator decides).
     */
    record Unknown(Instant retryAt, String error) implements DeliveryDecision {
    }

    /**
     * A failure on our side that every message would meet: stop sending until a probe succeeds. The
     * notice is not charged an attempt; it waits its turn.
     */
    record PauseSending(String error) implements DeliveryDecision {
    }

    /**
     * @param outcome what the SMTP server said
     * @param attemptsBefore attempts recorded before this one
     * @param since when the notice's attempts began (its creation, or an operator's requeue)
     * @param now when the attempt ended
     */
    static DeliveryDecision decide(SendOutcome outcome, int attemptsBefore, Instant since, Instant now, RetryPolicy policy) {
        Instant deadline = policy.deadline(since);
        return switch (outcome.kind()) {
            case SENT -> new Sent();
            case PERMANENT -> new Failed(outcome.error());
            case SENDER_BLOCKED -> new PauseSending(outcome.error());
            case UNKNOWN -> {
                Instant retryAt = now.plus(policy.unknownOutcomeRetryAfter());
                yield new Unknown(retryAt.isAfter(deadline) ? null : retryAt, outcome.error());
            }
            case TRANSIENT -> {
                if (!now.isBefore(deadline)) {
                    yield new Failed(outcome.error());
                }
                Instant next = now.plus(policy.backoff(attemptsBefore + 1));
                yield new Retry(next.isAfter(deadline) ? deadline : next, outcome.error());
            }
        };
    }
}
