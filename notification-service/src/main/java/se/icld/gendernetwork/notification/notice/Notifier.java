package se.icld.gendernetwork.notification.notice;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import se.icld.gendernetwork.contracts.review.ApplicationEvent;
import se.icld.gendernetwork.notification.log.DeliveryStatus;
import se.icld.gendernetwork.notification.log.NotificationEntry;
import se.icld.gendernetwork.notification.log.NotificationLog;

/**
 * The entry point: sends the email an event calls for, once. The log entry
 * {@code <eventId>:<template>} is created first (a unique id), then owned by one attempt at a time
 * through a lease ({@link DeliveryAttempts}); a finished entry (SENT or FAILED) is never sent again.
 * Two ways to send twice, each with the same Message-ID: a crash between the SMTP server's 250 and the
 * log write (the lease runs out and the email goes again), and an UNKNOWN outcome (no reply after the
 * data) sent again after its long delay or by an operator.
 */
@Service
public class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    private final NotificationLog notifications;
    private final Notices notices;
    private final DeliveryAttempts attempts;
    private final Clock clock;

    Notifier(NotificationLog notifications, Notices notices, DeliveryAttempts attempts, Clock clock) {
        this.notifications = notifications;
        this.notices = notices;
        this.attempts = attempts;
        this.clock = clock;
    }

    /**
     * Handles an event from the topic: logs it once and makes the first attempt if it is due.
     *
     * @throws IllegalArgumentException an event no email can be made of (unknown outcome)
     */
    public void onEvent(ApplicationEvent event) {
        NotificationEntry created = notifications.createIfAbsent(notices.newEntry(event, Instant.now(clock)));
        if (created.status() == DeliveryStatus.SENT || created.status() == DeliveryStatus.FAILED) {
            log.info("notification {} already {}; redelivered event ignored", created.id(), created.status());
            return;
        }
        attempts.attemptIfDue(created.id());
    }

    /** Makes one attempt at an entry if it is due and nobody else owns it (an operator's resend). */
    public void attemptIfDue(String id) {
        attempts.attemptIfDue(id);
    }
}
