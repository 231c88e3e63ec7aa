package se.icld.gendernetwork.notification.notice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

import se.icld.gendernetwork.notification.NotificationProperties;
import se.icld.gendernetwork.notification.log.NotificationEntry;
import se.icld.gendernetwork.notification.log.NotificationLog;
import se.icld.gendernetwork.notification.notice.Notices.Letter;
import se.icld.gendernetwork.notification.notice.mail.SmtpMailer;

/**
 * One attempt at one entry: claim it (a lease, so nobody else sends it meanwhile), render it, hand it
 * to the SMTP server, let {@link DeliveryDecision} say what follows and have it recorded.
 */
@Component
class DeliveryAttempts {

    private final NotificationLog notifications;
    private final Notices notices;
    private final SmtpMailer mailer;
    private final OutcomeRecorder outcomes;
    private final DeliveryMetrics metrics;
    private final RetryPolicy policy;
    private final Duration lease;
    private final Clock clock;

    DeliveryAttempts(NotificationLog notifications, Notices notices, SmtpMailer mailer, OutcomeRecorder outcomes,
            DeliveryMetrics metrics, NotificationProperties properties, Clock clock) {
        this.notifications = notifications;
        this.notices = notices;
        this.mailer = mailer;
        this.outcomes = outcomes;
        this.metrics = metrics;
        this.policy = properties.retry().policy();
        this.lease = properties.retry().lease();
        this.clock = clock;
    }

    /** Makes one attempt at an entry if it is due and nobody else owns it. */
    void attemptIfDue(String id) {
        Optional<NotificationEntry> claimed = notifications.claimDue(id, Instant.now(clock), lease);
        claimed.ifPresent(this::attempt);
    }

    private void attempt(NotificationEntry entry) {
        Letter letter = notices.letterFor(entry);
        SendOutcome outcome;
        try {
            outcome = metrics.timeSend(() -> mailer.send(letter.recipientName(), letter.recipientAddress(),
                    letter.messageId(), letter.mail()));
        } catch (RuntimeException e) {
            // Anything unforeseen counts as an attempt that may succeed later, so it reaches FAILED in the end.
            outcome = SendOutcome.transientFailure(e.getClass().getSimpleName());
        }
        DeliveryDecision decision = DeliveryDecision.decide(outcome, entry.attempts(), Instant.now(clock), policy);
        outcomes.record(entry, letter.notice(), decision);
    }
}
