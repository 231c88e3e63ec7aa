package se.icld.gendernetwork.notification.notice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

import com.mongodb.MongoException;

import se.icld.gendernetwork.notification.NotificationProperties;
import se.icld.gendernetwork.notification.journal.NotificationEntry;
import se.icld.gendernetwork.notification.journal.NotificationLog;

/**
 * Writes a {@link DeliveryDecision} into the log and counts it. A failure is recorded only while the
 * entry is unfinished, so an attempt that outlived its lease cannot turn a SENT entry (sent by the
 * attempt that took over) back into one to be sent.
 *
 * <p>MongoDB away when the outcome is written must not send the email again: the write is retried
 * in-process while the attempt still holds its lease (extending it whenever MongoDB answers), and
 * if MongoDB is away for longer than that, the decision is kept in memory: when the lease has run
 * out and this instance claims the entry again, the decision is written instead of sending. Only a
 * crash of this process in that time (or another instance claiming the entry first) sends it twice.
 */
@Component
class OutcomeRecorder {

    private static final Logger log = LoggerFactory.getLogger(OutcomeRecorder.class);
    private static final Duration FIRST_WAIT = Duration.ofMillis(50);
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(2);

    private final NotificationLog notifications;
    private final DeliveryMetrics metrics;
    private final Duration lease;
    private final Clock clock;
    /** Decisions this instance made but could not write yet, by entry id. */
    private final Map<String, DeliveryDecision> unwritten = new ConcurrentHashMap<>();

    OutcomeRecorder(NotificationLog notifications, DeliveryMetrics metrics, NotificationProperties properties, Clock clock) {
        this.notifications = notifications;
        this.metrics = metrics;
        this.lease = properties.retry().lease();
        this.clock = clock;
    }

    /** A decision made by an earlier attempt at this entry whose write never got through, if any. */
    DeliveryDecision unwritten(String id) {
        return unwritten.get(id);
    }

    /**
     * Writes the decision of an attempt at a claimed entry.
     *
     * @param claimed the entry as claimed (its {@code nextAttemptAt} is the end of this attempt's lease)
     */
    void record(NotificationEntry claimed, DeliveryDecision decision) {
        Instant now = Instant.now(clock);
        int attempts = claimed.attempts() + 1;
        String id = claimed.id();
        if (decision instanceof DeliveryDecision.Sent) {
            if (durably(claimed, decision, () -> {
                notifications.markSent(id, claimed.messageId(), now);
                return true;
            })) {
                count(claimed, "sent");
                log.info("notification {} sent (attempt {})", id, attempts);
            }
        } else if (decision instanceof DeliveryDecision.Retry retry) {
            if (durably(claimed, decision, () -> notifications.markRetrying(id, retry.error(), retry.at(), now))) {
                metrics.retried();
                count(claimed, "retrying");
                log.info("notification {} will be retried (attempt {}): {}", id, attempts, retry.error());
            }
        } else if (decision instanceof DeliveryDecision.Failed failed) {
            if (durably(claimed, decision, () -> notifications.markFailed(id, failed.error(), now))) {
                count(claimed, "failed");
                log.warn("notification {} failed (attempt {}): {}", id, attempts, failed.error());
            }
        } else if (decision instanceof DeliveryDecision.Unknown unknown) {
            if (durably(claimed, decision, () -> notifications.markUnknown(id, unknown.error(), unknown.retryAt(), now))) {
                count(claimed, "unknown");
                log.warn("notification {}: {} (attempt {}); held as UNKNOWN, {}", id, unknown.error(), attempts,
                        unknown.retryAt() == null ? "left to an operator" : "sent again at " + unknown.retryAt());
            }
        } else if (decision instanceof DeliveryDecision.PauseSending pause) {
            durably(claimed, decision, () -> notifications.release(id, pause.error(), now));
        }
    }

    private void count(NotificationEntry entry, String result) {
        metrics.count(entry.template(), entry.language(), result);
    }

    /**
     * Runs {@code write} until MongoDB answers, for as long as the attempt's lease lasts (extended
     * whenever MongoDB answers in between). True if the write changed the entry; false if it was finished
     * meanwhile or could not be written (then the decision waits in memory for this instance's next claim).
     */
    private boolean durably(NotificationEntry claimed, DeliveryDecision decision, BooleanSupplier write) {
        Instant leaseEnd = claimed.nextAttemptAt();
        Duration wait = FIRST_WAIT;
        while (true) {
            try {
                boolean changed = write.getAsBoolean();
                unwritten.remove(claimed.id());
                if (!changed) {
                    log.info("notification {} finished by another attempt; this one's outcome ignored", claimed.id());
                }
                return changed;
            } catch (DataAccessException | MongoException e) {
                Instant now = Instant.now(clock);
                if (now.plus(wait).isAfter(leaseEnd) && !extendLease(claimed.id(), now)) {
                    unwritten.put(claimed.id(), decision);
                    // The fault suite's audit (deploy/faults, FaultRun.outcomesKeptInMemory) counts this line by id:
                    // keep its words, or change both.
                    log.error("notification {}: outcome not written, MongoDB unavailable for the whole lease ({}); "
                            + "kept in memory until this instance claims it again", claimed.id(), e.getClass().getSimpleName());
                    return false;
                }
                if (now.plus(wait).isAfter(leaseEnd)) {
                    leaseEnd = now.plus(lease);
                }
                log.warn("notification {}: outcome not written yet, MongoDB unavailable ({}); trying again",
                        claimed.id(), e.getClass().getSimpleName());
                if (!pause(wait)) {
                    unwritten.put(claimed.id(), decision);
                    return false;
                }
                wait = wait.multipliedBy(2).compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait.multipliedBy(2);
            }
        }
    }

    private boolean extendLease(String id, Instant now) {
        try {
            return notifications.extendLease(id, now.plus(lease));
        } catch (DataAccessException | MongoException e) {
            return false;
        }
    }

    private static boolean pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
