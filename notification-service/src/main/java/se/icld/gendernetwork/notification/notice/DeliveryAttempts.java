package se.icld.gendernetwork.notification.notice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.icld.gendernetwork.notification.NotificationProperties;
import se.icld.gendernetwork.notification.journal.NotificationEntry;
import se.icld.gendernetwork.notification.journal.NotificationLog;
import se.icld.gendernetwork.notification.notice.Notices.Letter;
import se.icld.gendernetwork.notification.notice.mail.SmtpMailer;

/**
 * One attempt at one entry: ask the {@link SendingGate} (paused after a failure on our side), claim
 * the entry (a lease, so nobody else sends it meanwhile), render it, hand it to the SMTP server, let
 * {@link DeliveryDecision} say what follows and have {@link OutcomeRecorder} write it. Thread-safe:
 * the listener's consumer threads and the scheduler call it at once, each for its own entry.
 */
@Component
class DeliveryAttempts {

    private static final Logger log = LoggerFactory.getLogger(DeliveryAttempts.class);

    private final NotificationLog notifications;
    private final Notices notices;
    private final SmtpMailer mailer;
    private final OutcomeRecorder outcomes;
    private final DeliveryMetrics metrics;
    private final SendingGate gate;
    private final RetryPolicy policy;
    private final Duration lease;
    private final Duration probeInterval;
    private final Clock clock;

    DeliveryAttempts(NotificationLog notifications, Notices notices, SmtpMailer mailer, OutcomeRecorder outcomes,
            DeliveryMetrics metrics, NotificationProperties properties, Clock clock) {
        this.notifications = notifications;
        this.notices = notices;
        this.mailer = mailer;
        this.outcomes = outcomes;
        this.metrics = metrics;
        this.gate = new SendingGate(properties.sending().probeInterval());
        this.policy = properties.retry().policy();
        this.lease = properties.retry().lease();
        this.probeInterval = properties.sending().probeInterval();
        this.clock = clock;
        metrics.pausedGauge(gate);
    }

    /** Makes one attempt at an entry if it is due, nobody else owns it and sending is not paused. */
    void attemptIfDue(String id) {
        Instant now = Instant.now(clock);
        if (!gate.tryPass(now)) {
            return;
        }
        boolean decided = false;
        try {
            Optional<NotificationEntry> claimed = notifications.claimDue(id, now, lease);
            if (claimed.isPresent()) {
                decided = attempt(claimed.get());
            }
        } finally {
            if (!decided) {
                gate.abandoned(Instant.now(clock));
            }
        }
    }

    /** True if the SMTP server was asked (the gate has been told the outcome). */
    private boolean attempt(NotificationEntry entry) {
        DeliveryDecision earlier = outcomes.unwritten(entry.id());
        if (earlier != null) {
            // This instance sent it (or got its verdict) while MongoDB was away: write that, send nothing.
            outcomes.record(entry, earlier);
            return false;
        }
        Letter letter = notices.letterFor(entry);
        SendOutcome outcome;
        try {
            outcome = metrics.timeSend(() -> mailer.send(letter.recipientName(), letter.recipientAddress(),
                    letter.messageId(), letter.mail()));
        } catch (RuntimeException e) {
            // Anything unforeseen counts as an attempt that may succeed later, so it reaches FAILED in the end.
            outcome = SendOutcome.transientFailure(e.getClass().getSimpleName());
        }
        Instant now = Instant.now(clock);
        if (gate.onOutcome(outcome, now)) {
            if (gate.paused()) {
                log.warn("sending paused: {} hits every email (a failure on our side); one probe every {}",
                        outcome.error(), probeInterval);
            } else {
                log.info("sending resumed: a probe was accepted");
            }
        }
        outcomes.record(entry, DeliveryDecision.decide(outcome, entry.attempts(), entry.budgetStart(), now, policy));
        return true;
    }
}
