package se.icld.gendernetwork.contracts.review;

import java.time.Instant;
import java.util.UUID;

/** A submission became an application with status RECEIVED: the applicant gets a receipt. */
public record ApplicationRegistered(
        UUID eventId,
        Instant occurredAt,
        UUID applicationId,
        String reference,
        Recipient recipient,
        MunicipalityRef municipality) implements ApplicationEvent {
}
