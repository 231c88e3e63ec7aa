package se.icld.gendernetwork.notification.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The delivery decision, one rule per test: no Spring, no servers. */
class DeliveryDecisionTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final RetryPolicy POLICY = new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(30), 10);

    @Test
    void a250IsSent() {
        assertThat(DeliveryDecision.decide(SendOutcome.sent(), 3, NOW, POLICY)).isEqualTo(new DeliveryDecision.Sent());
    }

    @Test
    void aPermanentFailureFailsAtOnceWhateverTheAttempts() {
        assertThat(DeliveryDecision.decide(SendOutcome.permanentFailure("SMTP 550"), 0, NOW, POLICY))
                .isEqualTo(new DeliveryDecision.Failed("SMTP 550"));
    }

    @Test
    void aTransientFailureIsRetriedAfterTheBackoffOfItsAttempt() {
        assertThat(DeliveryDecision.decide(SendOutcome.transientFailure("SMTP 451"), 0, NOW, POLICY))
                .isEqualTo(new DeliveryDecision.Retry(NOW.plusSeconds(30), "SMTP 451"));
        assertThat(DeliveryDecision.decide(SendOutcome.transientFailure("SMTP 451"), 2, NOW, POLICY))
                .isEqualTo(new DeliveryDecision.Retry(NOW.plusSeconds(120), "SMTP 451"));
    }

    @Test
    void theBackoffDoublesUpToItsMaximum() {
        assertThat(POLICY.backoff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(POLICY.backoff(2)).isEqualTo(Duration.ofSeconds(60));
        assertThat(POLICY.backoff(7)).isEqualTo(Duration.ofMinutes(30));
        assertThat(POLICY.backoff(60)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void theLastAllowedAttemptFailsInsteadOfRetrying() {
        assertThat(DeliveryDecision.decide(SendOutcome.transientFailure("SMTP unavailable"), 9, NOW, POLICY))
                .isEqualTo(new DeliveryDecision.Failed("SMTP unavailable"));
    }
}
