package se.icld.gendernetwork.contracts.review;

import java.time.Instant;
import java.util.UUID;

import se.icld.gendernetwork.contracts.calls.Calls;

/** A reviewer decided: {@code outcome} is ACCEPTED, WAITLISTED or REJECTED; {@code callId} the application's call. */
public record DecisionMade(
        UUID eventId,
        Instant occurredAt,
        UUID applicationId,
        String reference,
        Recipient recipient,
        MunicipalityRef municipality,
        String outcome,
        String message,
        String callId) implements CallEvent {

    /** An event without a call (written before calls existed) belongs to {@link Calls#DEFAULT_CALL}. */
    public DecisionMade {
        callId = Calls.orDefault(callId);
    }

    /** An event of an application to the default call, {@link Calls#DEFAULT_CALL}. */
    public DecisionMade(UUID eventId, Instant occurredAt, UUID applicationId, String reference, Recipient recipient,
            MunicipalityRef municipality, String outcome, String message) {
        this(eventId, occurredAt, applicationId, reference, recipient, municipality, outcome, message, null);
    }
}
