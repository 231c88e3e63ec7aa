package se.icld.gendernetwork.contracts.delivery;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * What notification-service announces on {@code notification.deliveries.v1} (key = application
 * id): the outcome of one email. {@code sourceEventId} is the review event it answered and
 * {@code template} the notice that was sent. No address or name travels here.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.SIMPLE_NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(NotificationSent.class),
        @JsonSubTypes.Type(NotificationFailed.class)
})
public sealed interface DeliveryEvent permits NotificationSent, NotificationFailed {

    UUID eventId();

    Instant occurredAt();

    UUID applicationId();

    UUID sourceEventId();

    String template();
}
