package se.icld.gendernetwork.notification.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Pausing on sender-side failures and resuming after a probe: no Spring, no servers. */
class SendingGateTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private final SendingGate gate = new SendingGate(Duration.ofMinutes(1));

    @Test
    void openUntilASenderSideFailure() {
        assertThat(gate.tryPass(T0)).isTrue();
        assertThat(gate.onOutcome(SendOutcome.transientFailure("SMTP 451"), T0)).isFalse();
        assertThat(gate.onOutcome(SendOutcome.permanentFailure("SMTP 550"), T0)).isFalse();
        assertThat(gate.paused()).isFalse();
        assertThat(gate.tryPass(T0)).isTrue();
    }

    @Test
    void aSenderSideFailurePausesEveryAttemptUntilTheProbeIsDue() {
        assertThat(gate.onOutcome(SendOutcome.senderBlocked("SMTP 535"), T0)).isTrue();
        assertThat(gate.paused()).isTrue();
        assertThat(gate.reason()).isEqualTo("SMTP 535");
        assertThat(gate.tryPass(T0.plusSeconds(59))).isFalse();
        assertThat(gate.tryPass(T0.plusSeconds(60))).isTrue();
        // one probe at a time
        assertThat(gate.tryPass(T0.plusSeconds(61))).isFalse();
    }

    @Test
    void aProbeTheServerAcceptsResumesSending() {
        pausedAndProbing();
        assertThat(gate.onOutcome(SendOutcome.sent(), T0.plusSeconds(61))).isTrue();
        assertThat(gate.paused()).isFalse();
        assertThat(gate.tryPass(T0.plusSeconds(61))).isTrue();
        assertThat(gate.tryPass(T0.plusSeconds(61))).isTrue();
    }

    @Test
    void aProbeThatMeetsTheSameFailureOrNoServerKeepsThePauseAnotherInterval() {
        pausedAndProbing();
        assertThat(gate.onOutcome(SendOutcome.senderBlocked("SMTP 535"), T0.plusSeconds(60))).isFalse();
        assertThat(gate.tryPass(T0.plusSeconds(119))).isFalse();
        assertThat(gate.tryPass(T0.plusSeconds(120))).isTrue();
        gate.onOutcome(SendOutcome.transientFailure("SMTP unavailable"), T0.plusSeconds(120));
        assertThat(gate.paused()).isTrue();
        assertThat(gate.tryPass(T0.plusSeconds(179))).isFalse();
        assertThat(gate.tryPass(T0.plusSeconds(180))).isTrue();
    }

    @Test
    void aProbeRefusedForItsOwnRecipientOrAbandonedLetsTheNextProbeGoAtOnce() {
        pausedAndProbing();
        gate.onOutcome(SendOutcome.permanentFailure("invalid recipient address"), T0.plusSeconds(60));
        assertThat(gate.paused()).isTrue();
        assertThat(gate.tryPass(T0.plusSeconds(60))).isTrue();
        gate.abandoned(T0.plusSeconds(61));
        assertThat(gate.tryPass(T0.plusSeconds(61))).isTrue();
    }

    /** Paused by a failure on our side at T0; the probe, due a minute later, is under way. */
    private void pausedAndProbing() {
        gate.onOutcome(SendOutcome.senderBlocked("SMTP 535"), T0);
        assertThat(gate.tryPass(T0.plusSeconds(60))).isTrue();
    }
}
