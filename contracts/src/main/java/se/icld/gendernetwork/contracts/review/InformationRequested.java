package se.icld.gendernetwork.contracts.review;

import java.time.Instant;
import java.util.UUID;

/** A reviewer asked the applicant for more information ({@code message} is for the applicant). */
public record InformationRequested(
        UUID eventId,
        Instant occurredAt,
        UUID applicationId,
        String reference,
        Recipient recipient,
        MunicipalityRef municipality,
        String message) implements ApplicationEvent {
}
