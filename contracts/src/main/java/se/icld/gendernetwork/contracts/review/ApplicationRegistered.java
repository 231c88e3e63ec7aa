package se.icld.gendernetwork.contracts.review;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import se.icld.gendernetwork.contracts.calls.Calls;

/** A submission became an application with status RECEIVED: the applicant gets a receipt. */
public record ApplicationRegistered(
        @JsonUnwrapped Envelope envelope,
        String callId) implements CallEvent {

    /** An event without a call (written before calls existed) belongs to {@link Calls#DEFAULT_CALL}. */
    public ApplicationRegistered {
        callId = Calls.orDefault(callId);
    }
}
