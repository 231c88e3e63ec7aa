package se.icld.gendernetwork.contracts.delivery;

import java.time.Instant;
import java.util.UUID;

/** The SMTP server accepted the email ({@code messageId} is its stable Message-ID). */
public record NotificationSent(
        UUID eventId,
        Instant occurredAt,
        UUID applicationId,
        UUID sourceEventId,
        String template,
        String language,
        String messageId) implements DeliveryEvent {
}
