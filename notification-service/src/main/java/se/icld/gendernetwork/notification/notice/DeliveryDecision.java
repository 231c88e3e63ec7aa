package se.icld.gendernetwork.notification.notice;

import java.time.Instant;

/**
 * What becomes of a notice after one attempt: a pure function of the SMTP outcome, the attempts
 * made before this one, the time and the retry policy. No I/O, no clock, no Spring: one unit test
 * per rule ({@code DeliveryDecisionTest}).
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
     * @param outcome what the SMTP server said
     * @param attemptsBefore attempts recorded before this one
     * @param now when the attempt ended
     */
    static DeliveryDecision decide(SendOutcome outcome, int attemptsBefore, Instant now, RetryPolicy policy) {
        int attempts = attemptsBefore + 1;
        return switch (outcome.kind()) {
            case SENT -> new Sent();
            case PERMANENT -> new Failed(outcome.error());
            case TRANSIENT -> attempts >= policy.maxAttempts()
                    ? new Failed(outcome.error())
                    : new Retry(now.plus(policy.backoff(attempts)), outcome.error());
        };
    }
}
