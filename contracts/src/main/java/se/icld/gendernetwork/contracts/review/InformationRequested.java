package se.icld.gendernetwork.contracts.review;

import java.time.Instant;
import java.util.UUID;

import se.icld.gendernetwork.contracts.calls.Calls;

/** A reviewer asked the applicant for more information ({@code message} is for the applicant). */
public record InformationRequested(
        UUID eventId,
        Instant occurredAt,
        UUID applicationId,
        String reference,
        Recipient recipient,
        MunicipalityRef municipality,
        String message,
        String callId) implements CallEvent {

    /** An event without a call (written before calls existed) belongs to {@link Calls#DEFAULT_CALL}. */
    public InformationRequested {
        callId = Calls.orDefault(callId);
    }

    /** An event of an application to the default call, {@link Calls#DEFAULT_CALL}. */
    public InformationRequested(UUID eventId, Instant occurredAt, UUID applicationId, String reference, Recipient recipient,
            MunicipalityRef municipality, String message) {
        this(eventId, occurredAt, applicationId, reference, recipient, municipality, message, null);
    }
}
