package se.icld.gendernetwork.contracts.review;

import java.time.Instant;
import java.util.UUID;

import se.icld.gendernetwork.contracts.calls.Calls;

/** A submission became an application with status RECEIVED: the applicant gets a receipt. */
public record ApplicationRegistered(
        UUID eventId,
        Instant occurredAt,
        UUID applicationId,
        String reference,
        Recipient recipient,
        MunicipalityRef municipality,
        String callId) implements CallEvent {

    /** An event without a call (written before calls existed) belongs to {@link Calls#DEFAULT_CALL}. */
    public ApplicationRegistered {
        callId = Calls.orDefault(callId);
    }

    /** An event of an application to the default call, {@link Calls#DEFAULT_CALL}. */
    public ApplicationRegistered(UUID eventId, Instant occurredAt, UUID applicationId, String reference, Recipient recipient,
            MunicipalityRef municipality) {
        this(eventId, occurredAt, applicationId, reference, recipient, municipality, null);
    }
}
