package se.icld.gendernetwork.contracts.review;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import se.icld.gendernetwork.contracts.calls.Calls;

/**
 * The applicant asked, from the status page, for their personal data to be erased: before anything
 * is erased, the request must be confirmed from the address the application holds ({@code
 * recipient}), so that someone else holding the status link cannot erase it. {@code confirmationUrl}
 * is review-service's confirmation page with the single-use code, valid until {@code expiresAt}. {@code callId}
 * is the application's call (absent on the wire, as before it was carried: the default call).
 */
public record ErasureRequested(
        @JsonUnwrapped Envelope envelope,
        String confirmationUrl,
        Instant expiresAt,
        String callId) implements CallEvent {

    /** An event without a call (written before this one carried it) belongs to {@link Calls#DEFAULT_CALL}. */
    public ErasureRequested {
        callId = Calls.orDefault(callId);
    }
}
