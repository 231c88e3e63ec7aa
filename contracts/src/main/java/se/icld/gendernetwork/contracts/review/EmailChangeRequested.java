package se.icld.gendernetwork.contracts.review;

import java.time.Instant;
import java.util.UUID;

/**
 * The applicant corrected their email address (while the application was still RECEIVED): the new
 * address must be confirmed before it is used. {@code recipient} is the NEW address (the only one
 * this email goes to); {@code confirmationUrl} is review-service's confirmation page with the
 * single-use code, valid until {@code expiresAt}. The application keeps its old address until the
 * applicant confirms, so every other event still names the old one.
 */
public record EmailChangeRequested(
        UUID eventId,
        Instant occurredAt,
        UUID applicationId,
        String reference,
        Recipient recipient,
        MunicipalityRef municipality,
        String confirmationUrl,
        Instant expiresAt) implements ApplicationEvent {
}
