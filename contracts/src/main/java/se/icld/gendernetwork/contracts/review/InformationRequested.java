package se.icld.gendernetwork.contracts.review;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import se.icld.gendernetwork.contracts.calls.Calls;

/** A reviewer asked the applicant for more information ({@code message} is for the applicant). */
public record InformationRequested(
        @JsonUnwrapped Envelope envelope,
        String message,
        String callId) implements CallEvent {

    /** An event without a call (written before calls existed) belongs to {@link Calls#DEFAULT_CALL}. */
    public InformationRequested {
        callId = Calls.orDefault(callId);
    }
}
