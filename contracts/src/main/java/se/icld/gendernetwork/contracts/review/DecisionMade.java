package se.icld.gendernetwork.contracts.review;

import java.time.Instant;
import java.util.UUID;

/** A reviewer decided: {@code outcome} is ACCEPTED, WAITLISTED or REJECTED. */
public record DecisionMade(
        UUID eventId,
        Instant occurredAt,
        UUID applicationId,
        String reference,
        Recipient recipient,
        MunicipalityRef municipality,
        String outcome,
        String message) implements ApplicationEvent {
}
