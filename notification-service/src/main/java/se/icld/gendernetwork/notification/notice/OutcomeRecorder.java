package se.icld.gendernetwork.notification.notice;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.icld.gendernetwork.notification.log.NotificationEntry;
import se.icld.gendernetwork.notification.log.NotificationLog;

/**
 * Writes a {@link DeliveryDecision} into the log and counts it. A failure is recorded only while the
 * entry is unfinished, so an attempt that outlived its lease cannot turn a SENT entry (sent by the
 * attempt that took over) back into one to be sent.
 */
@Component
class OutcomeRecorder {

    private static final Logger log = LoggerFactory.getLogger(OutcomeRecorder.class);

    private final NotificationLog notifications;
    private final DeliveryMetrics metrics;
    private final Clock clock;

    OutcomeRecorder(NotificationLog notifications, DeliveryMetrics metrics, Clock clock) {
        this.notifications = notifications;
        this.metrics = metrics;
        this.clock = clock;
    }

    void record(NotificationEntry entry, Notice notice, DeliveryDecision decision) {
        Instant now = Instant.now(clock);
        int attempts = entry.attempts() + 1;
        if (decision instanceof DeliveryDecision.Sent) {
            notifications.markSent(entry.id(), entry.messageId(), now);
            metrics.count(notice, "sent");
            log.info("notification {} sent (attempt {})", entry.id(), attempts);
        } else if (decision instanceof DeliveryDecision.Retry retry) {
            if (notifications.markRetrying(entry.id(), retry.error(), retry.at(), now)) {
                metrics.retried();
                metrics.count(notice, "retrying");
                log.info("notification {} will be retried (attempt {}): {}", entry.id(), attempts, retry.error());
            } else {
                finishedMeanwhile(entry, retry.error());
            }
        } else if (decision instanceof DeliveryDecision.Failed failed) {
            if (notifications.markFailed(entry.id(), failed.error(), now)) {
                metrics.count(notice, "failed");
                log.warn("notification {} failed (attempt {}): {}", entry.id(), attempts, failed.error());
            } else {
                finishedMeanwhile(entry, failed.error());
            }
        }
    }

    private static void finishedMeanwhile(NotificationEntry entry, String error) {
        log.info("notification {} finished by another attempt; this one's {} ignored", entry.id(), error);
    }
}
