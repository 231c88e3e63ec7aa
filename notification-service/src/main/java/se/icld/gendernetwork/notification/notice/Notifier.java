package se.icld.gendernetwork.notification.notice;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import se.icld.gendernetwork.contracts.review.ApplicationErased;
import se.icld.gendernetwork.contracts.review.ApplicationEvent;
import se.icld.gendernetwork.notification.journal.DeliveryStatus;
import se.icld.gendernetwork.notification.journal.NotificationEntry;
import se.icld.gendernetwork.notification.journal.NotificationLog;

/**
 * The entry point: sends the email an event calls for, once, and takes the operators' requests to
 * send one again. The log entry {@code <eventId>:<template>} is created first (a unique id), then
 * owned by one attempt at a time through a lease ({@link DeliveryAttempts}); a finished entry (SENT,
 * FAILED, or SUPPRESSED by the {@link RecipientLimits}) is never sent again by itself. Two ways to send twice, each with the same Message-ID: a
 * crash between the SMTP server's 250 and the log write (the lease runs out and the email goes
 * again), and an UNKNOWN outcome (no reply after the data) sent again after its long delay or by an
 * operator.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    private final NotificationLog notifications;
    private final Notices notices;
    private final DeliveryAttempts attempts;
    private final RecipientLimits limits;
    private final Clock clock;

    /**
     * Handles an event from the topic: logs it once and makes the first attempt if it is due.
     *
     * @throws IllegalArgumentException an event no email can be made of (unknown outcome)
     */
    public void onEvent(ApplicationEvent event) {
        Instant now = Instant.now(clock);
        if (event instanceof ApplicationErased) {
            long changed = notifications.erase(event.applicationId().toString(), now);
            log.info("application {} erased: {} log entries without personal data", event.applicationId(), changed);
            return;
        }
        if (notifications.erased(event.applicationId().toString())) {
            log.info("event {} of erased application {} ignored", event.eventId(), event.applicationId());
            return;
        }
        NotificationEntry fresh = notices.newEntry(event, now);
        Optional<NotificationEntry> existing = notifications.find(fresh.id());
        // A receipt is counted against its recipient's daily limit once, when its entry is first written
        // (a redelivered event finds the entry and is not counted again); past the limit it is written SUPPRESSED.
        NotificationEntry created = existing.orElseGet(() -> notifications.createIfAbsent(limits.apply(event, fresh, now)));
        if (created.status().finished()) {
            if (existing.isPresent()) {
                log.info("notification {} already {}; redelivered event ignored", created.id(), created.status());
            }
            return;
        }
        attempts.attemptIfDue(created.id());
    }

    /**
     * An operator's resend of one FAILED (or UNKNOWN) email: due again, attempts and budget counted
     * afresh, and attempted at once. Safe to press twice: only a FAILED or UNKNOWN entry is requeued
     * (one conditional update), so the second press finds it on its way and does nothing more.
     *
     * @return the entry as it stands after the attempt
     * @throws NotificationNotFoundException no entry has that id
     * @throws AlreadySentException the email was sent: it is not sent again
     */
    public NotificationEntry resend(String id) {
        NotificationEntry entry = notifications.find(id).orElseThrow(NotificationNotFoundException::new);
        if (entry.status() == DeliveryStatus.SENT) {
            throw new AlreadySentException(entry.messageId());
        }
        if (notifications.requeueFailed(id, Instant.now(clock))) {
            attempts.attemptIfDue(id);
        }
        return notifications.find(id).orElseThrow();
    }

    /**
     * An operator's bulk resend: every entry in {@code status} (FAILED or UNKNOWN) whose last change is in
     * {@code [since, until)} ({@code until} null: open), of those applications if given, is due again,
     * attempts and budget afresh; the scheduler sends them at its pace. Safe to press twice: a requeued
     * entry is no longer in that status.
     *
     * @return how many entries were requeued
     * @throws InvalidRequeueException no {@code since}, or another status
     */
    public long requeue(DeliveryStatus status, Instant since, Instant until, List<String> applicationIds) {
        if (since == null || !(status == DeliveryStatus.FAILED || status == DeliveryStatus.UNKNOWN)) {
            throw new InvalidRequeueException();
        }
        return notifications.requeue(status, since, until, applicationIds, Instant.now(clock));
    }
}
