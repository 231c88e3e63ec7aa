package se.icld.gendernetwork.contracts.review;

import java.time.Instant;
import java.util.UUID;

import se.icld.gendernetwork.contracts.calls.Calls;

/** The applicant withdrew the application before a decision. */
public record ApplicationWithdrawn(
        UUID eventId,
        Instant occurredAt,
        UUID applicationId,
        String reference,
        Recipient recipient,
        MunicipalityRef municipality,
        String callId) implements CallEvent {

    /** An event without a call (written before calls existed) belongs to {@link Calls#DEFAULT_CALL}. */
    public ApplicationWithdrawn {
        callId = Calls.orDefault(callId);
    }

    /** An event of an application to the default call, {@link Calls#DEFAULT_CALL}. */
    public ApplicationWithdrawn(UUID eventId, Instant occurredAt, UUID applicationId, String reference, Recipient recipient,
            MunicipalityRef municipality) {
        this(eventId, occurredAt, applicationId, reference, recipient, municipality, null);
    }
}
