package se.icld.gendernetwork.notification.notice;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import se.icld.gendernetwork.contracts.review.ApplicationEvent;
import se.icld.gendernetwork.notification.NotificationProperties;
import se.icld.gendernetwork.notification.StatusLinkProperties;
import se.icld.gendernetwork.notification.journal.DeliveryStatus;
import se.icld.gendernetwork.notification.journal.NotificationEntry;
import se.icld.gendernetwork.notification.journal.RecipientCounts;

/**
 * Applies the {@link RecipientLimit} to a new entry: a receipt is counted against its address's day
 * (in MongoDB, across replicas) and, past the limit, its entry is written SUPPRESSED instead of
 * PENDING: never sent, announced as failed with {@link #REASON}, counted in
 * {@code notification.recipient.limited}. Logged by entry id only.
 */
@Component
class RecipientLimits {

    private static final Logger log = LoggerFactory.getLogger(RecipientLimits.class);

    private final RecipientLimit limit;
    private final RecipientCounts counts;
    private final DeliveryMetrics metrics;
    /** The reason recorded and announced (no address). */
    private final String reason;

    RecipientLimits(NotificationProperties properties, StatusLinkProperties status, RecipientCounts counts,
            DeliveryMetrics metrics) {
        this.limit = new RecipientLimit(properties.recipientLimit().receiptsPerDay(), status.secret());
        this.counts = counts;
        this.metrics = metrics;
        this.reason = "suppressed: recipient limit (" + limit.receiptsPerDay() + " receipts a day to one address) reached";
    }

    /** The entry to write for a new notice: {@code entry} itself, or it SUPPRESSED if its receipt is one too many. */
    NotificationEntry apply(ApplicationEvent event, NotificationEntry entry, Instant now) {
        if (!Template.fromWire(entry.template()).filter(RecipientLimit::applies).isPresent()) {
            return entry;
        }
        long count = counts.countOne(limit.counterKey(event.recipient().email(), now), RecipientLimit.expiry(now));
        if (limit.allows(count)) {
            return entry;
        }
        metrics.recipientLimited();
        log.warn("notification {} suppressed: its recipient has had {} receipts today (limit {})", entry.id(), count - 1,
                limit.receiptsPerDay());
        return new NotificationEntry(entry.id(), entry.applicationId(), entry.eventId(), entry.template(),
                entry.language(), DeliveryStatus.SUPPRESSED, 0, entry.messageId(), entry.event(), entry.createdAt(), now,
                null, null, reason, false, entry.traceparent(), entry.attemptsSince());
    }
}
