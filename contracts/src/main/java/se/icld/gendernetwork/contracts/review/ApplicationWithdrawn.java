package se.icld.gendernetwork.contracts.review;

import java.time.Instant;
import java.util.UUID;

/** The applicant withdrew the application before a decision. */
public record ApplicationWithdrawn(
        UUID eventId,
        Instant occurredAt,
        UUID applicationId,
        String reference,
        Recipient recipient,
        MunicipalityRef municipality) implements ApplicationEvent {
}
