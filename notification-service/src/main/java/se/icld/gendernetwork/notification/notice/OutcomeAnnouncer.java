package se.icld.gendernetwork.notification.notice;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import se.icld.gendernetwork.contracts.delivery.DeliveryEvent;
import se.icld.gendernetwork.contracts.delivery.NotificationFailed;
import se.icld.gendernetwork.contracts.delivery.NotificationSent;
import se.icld.gendernetwork.notification.journal.DeliveryStatus;
import se.icld.gendernetwork.notification.journal.NotificationEntry;
import se.icld.gendernetwork.notification.journal.NotificationLog;
import se.icld.gendernetwork.support.TraceContexts;

/**
 * Announces a finished entry's outcome on the deliveries topic, continuing the trace the event
 * arrived with: SENT as {@code NotificationSent}; FAILED and SUPPRESSED (with its reason) as
 * {@code NotificationFailed}. The announcement's event id is derived from the entry, its status and time, so a
 * re-announcement after a crash carries the same id.
 */
@Component
@RequiredArgsConstructor
class OutcomeAnnouncer {

    private final NotificationLog notifications;
    private final DeliveryAnnouncer announcer;
    private final TraceContexts traces;

    /**
     * True once the broker took it (or there is nothing to announce); false leaves it for the next
     * round. Called by {@link RetryScheduler} only, so one thread per instance announces.
     */
    boolean announce(NotificationEntry entry) {
        if (entry.announced() || !entry.status().finished()) {
            return true;
        }
        UUID eventId = UUID.nameUUIDFromBytes(("delivery:" + entry.id() + ":" + entry.status() + ":" + entry.updatedAt())
                .getBytes(StandardCharsets.UTF_8));
        DeliveryEvent event = entry.status() == DeliveryStatus.SENT
                ? new NotificationSent(eventId, entry.updatedAt(), UUID.fromString(entry.applicationId()),
                        UUID.fromString(entry.eventId()), entry.template(), entry.language(), entry.messageId())
                : new NotificationFailed(eventId, entry.updatedAt(), UUID.fromString(entry.applicationId()),
                        UUID.fromString(entry.eventId()), entry.template(), entry.language(), entry.lastError());
        if (traces.continueTrace(entry.traceparent(), "announce delivery", () -> announcer.announce(event))) {
            notifications.markAnnounced(entry.id());
            return true;
        }
        return false;
    }
}
