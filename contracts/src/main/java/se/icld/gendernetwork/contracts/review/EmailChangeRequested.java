package se.icld.gendernetwork.contracts.review;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import se.icld.gendernetwork.contracts.calls.Calls;

/**
 * The applicant corrected their email address (while the application was still RECEIVED): the new
 * address must be confirmed before it is used. {@code recipient} is the NEW address (the only one
 * this email goes to); {@code confirmationUrl} is review-service's confirmation page with the
 * single-use code, valid until {@code expiresAt}. The application keeps its old address until the
 * applicant confirms, so every other event still names the old one. {@code callId}
 * is the application's call (absent on the wire, as before it was carried: the default call).
 */
public record EmailChangeRequested(
        @JsonUnwrapped Envelope envelope,
        String confirmationUrl,
        Instant expiresAt,
        String callId) implements CallEvent {

    /** An event without a call (written before this one carried it) belongs to {@link Calls#DEFAULT_CALL}. */
    public EmailChangeRequested {
        callId = Calls.orDefault(callId);
    }
}
