package se.icld.gendernetwork.contracts.review;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import se.icld.gendernetwork.contracts.calls.Calls;

/** The applicant withdrew the application before a decision. */
public record ApplicationWithdrawn(
        @JsonUnwrapped Envelope envelope,
        String callId) implements CallEvent {

    /** An event without a call (written before calls existed) belongs to {@link Calls#DEFAULT_CALL}. */
    public ApplicationWithdrawn {
        callId = Calls.orDefault(callId);
    }
}
