package se.icld.gendernetwork.notification.notice;

import java.time.Duration;
import java.time.Instant;
import lombok.RequiredArgsConstructor;

/**
 * Whether this instance may hand emails to the SMTP server. A failure on our side that hits every
 * message ({@link SendOutcome.Kind#SENDER_BLOCKED}) pauses sending; while paused, one attempt every
 * {@code probeInterval} goes through as a probe (a real attempt at a due notice), and the first probe
 * the server accepts resumes sending. A probe that meets the same failure, or cannot reach the server,
 * keeps the pause for another interval; one refused for its own reasons (that recipient) lets the
 * next probe go at once. Thread-safe; no clock of its own (times are passed in).
 */
@RequiredArgsConstructor
public final class SendingGate {

    private final Duration probeInterval;
    private boolean paused;
    private boolean probing;
    private Instant nextProbeAt;
    private String reason;

    /** True if an attempt may go ahead now; while paused, true for one probe at a time once it is due. */
    public synchronized boolean tryPass(Instant now) {
        if (!paused) {
            return true;
        }
        if (probing || now.isBefore(nextProbeAt)) {
            return false;
        }
        probing = true;
        return true;
    }

    /** An attempt that passed ended without reaching the server (nothing learnt); the probe, if it was one, is due again. */
    public synchronized void abandoned(Instant now) {
        if (probing) {
            probing = false;
            nextProbeAt = now;
        }
    }

    /**
     * The outcome of an attempt that passed. Returns true when this outcome changed the state
     * (paused, or resumed), so the caller can say so once.
     */
    public synchronized boolean onOutcome(SendOutcome outcome, Instant now) {
        boolean wasPaused = paused;
        switch (outcome.kind()) {
            case SENDER_BLOCKED -> {
                paused = true;
                probing = false;
                reason = outcome.error();
                nextProbeAt = now.plus(probeInterval);
                return !wasPaused;
            }
            case SENT -> {
                paused = false;
                probing = false;
                reason = null;
                return wasPaused;
            }
            case PERMANENT -> {
                // About this message only (a refused recipient, an invalid address): the next probe may go now.
                abandoned(now);
                return false;
            }
            default -> {
                if (probing) {
                    probing = false;
                    nextProbeAt = now.plus(probeInterval);
                }
                return false;
            }
        }
    }

    public synchronized boolean paused() {
        return paused;
    }

    /** The failure that paused sending (an SMTP code or a short reason), or null. */
    public synchronized String reason() {
        return reason;
    }
}
