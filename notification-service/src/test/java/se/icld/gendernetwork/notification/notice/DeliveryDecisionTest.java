package se.icld.gendernetwork.notification.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The delivery decision, one rule per test: no Spring, no servers. */
class DeliveryDecisionTest {

    private static final Instant SINCE = Instant.parse("2026-12-01T10:00:00Z");
    private static final Instant NOW = SINCE.plusSeconds(60);
    private static final RetryPolicy POLICY = new RetryPolicy(Duration.ofSeconds(30), Duration.ofMinutes(30),
            Duration.ofHours(24), Duration.ofHours(6));

    private static DeliveryDecision decide(SendOutcome outcome, int attemptsBefore, Instant now) {
        return DeliveryDecision.decide(outcome, attemptsBefore, SINCE, now, POLICY);
    }

    @Test
    void a250IsSent() {
        assertThat(decide(SendOutcome.sent(), 3, NOW)).isEqualTo(new DeliveryDecision.Sent());
    }

    @Test
    void aPermanentFailureFailsAtOnceWhateverTheAttempts() {
        assertThat(decide(SendOutcome.permanentFailure("SMTP 550"), 0, NOW)).isEqualTo(new DeliveryDecision.Failed("SMTP 550"));
    }

    @Test
    void aTransientFailureIsRetriedAfterTheBackoffOfItsAttempt() {
        assertThat(decide(SendOutcome.transientFailure("SMTP 451"), 0, NOW))
                .isEqualTo(new DeliveryDecision.Retry(NOW.plusSeconds(30), "SMTP 451"));
        assertThat(decide(SendOutcome.transientFailure("SMTP 451"), 2, NOW))
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
    void transientFailuresAreRetriedForTheWholeBudgetHoweverManyAttemptsThatTakes() {
        Instant late = SINCE.plus(Duration.ofHours(23));
        assertThat(decide(SendOutcome.transientFailure("SMTP unavailable"), 500, late))
                .isEqualTo(new DeliveryDecision.Retry(late.plus(Duration.ofMinutes(30)), "SMTP unavailable"));
    }

    @Test
    void theLastRetryIsAtTheDeadlineNotBeforeNorAfter() {
        Instant almost = SINCE.plus(Duration.ofHours(24)).minusSeconds(60);
        assertThat(decide(SendOutcome.transientFailure("SMTP 421"), 40, almost))
                .isEqualTo(new DeliveryDecision.Retry(SINCE.plus(Duration.ofHours(24)), "SMTP 421"));
    }

    @Test
    void aTransientFailureAtOrAfterTheDeadlineIsFinal() {
        assertThat(decide(SendOutcome.transientFailure("SMTP 421"), 40, SINCE.plus(Duration.ofHours(24))))
                .isEqualTo(new DeliveryDecision.Failed("SMTP 421"));
    }

    @Test
    void theBudgetCountsFromWhenTheAttemptsBeganNotFromTheFirstAttemptEver() {
        Instant requeued = SINCE.plus(Duration.ofDays(3));
        Instant now = requeued.plusSeconds(10);
        assertThat(DeliveryDecision.decide(SendOutcome.transientFailure("SMTP 451"), 0, requeued, now, POLICY))
                .isEqualTo(new DeliveryDecision.Retry(now.plusSeconds(30), "SMTP 451"));
    }

    @Test
    void noReplyAfterTheDataIsUnknownAndTriedAgainOnlyAfterTheLongDelay() {
        assertThat(decide(SendOutcome.unknown("no reply after message data"), 0, NOW))
                .isEqualTo(new DeliveryDecision.Unknown(NOW.plus(Duration.ofHours(6)), "no reply after message data"));
    }

    @Test
    void anUnknownOutcomeWhoseRetryWouldFallAfterTheBudgetIsLeftToAnOperator() {
        Instant late = SINCE.plus(Duration.ofHours(20));
        assertThat(decide(SendOutcome.unknown("no reply after message data"), 3, late))
                .isEqualTo(new DeliveryDecision.Unknown(null, "no reply after message data"));
    }

    @Test
    void aSenderSideFailurePausesSendingWhateverTheAttemptsOrTheBudget() {
        assertThat(decide(SendOutcome.senderBlocked("SMTP 535"), 0, NOW)).isEqualTo(new DeliveryDecision.PauseSending("SMTP 535"));
        assertThat(decide(SendOutcome.senderBlocked("SMTP 535"), 80, SINCE.plus(Duration.ofDays(2))))
                .isEqualTo(new DeliveryDecision.PauseSending("SMTP 535"));
    }
}
