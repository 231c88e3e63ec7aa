package se.icld.gendernetwork.contracts.delivery;

import java.time.Instant;
import java.util.UUID;

/** The email could not be delivered and will not be retried ({@code reason} holds no address). */
public record NotificationFailed(
        UUID eventId,
        Instant occurredAt,
        UUID applicationId,
        UUID sourceEventId,
        String template,
        String language,
        String reason) implements DeliveryEvent {
}
