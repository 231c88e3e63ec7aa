package se.icld.gendernetwork.contracts.review;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import se.icld.gendernetwork.contracts.calls.Calls;

/** A reviewer decided: {@code outcome} is ACCEPTED, WAITLISTED or REJECTED; {@code callId} the application's call. */
public record DecisionMade(
        @JsonUnwrapped Envelope envelope,
        String outcome,
        String message,
        String callId) implements CallEvent {

    /** An event without a call (written before calls existed) belongs to {@link Calls#DEFAULT_CALL}. */
    public DecisionMade {
        callId = Calls.orDefault(callId);
    }
}
