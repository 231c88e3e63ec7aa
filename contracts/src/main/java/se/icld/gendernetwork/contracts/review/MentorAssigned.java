package se.icld.gendernetwork.contracts.review;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import se.icld.gendernetwork.contracts.calls.Calls;

/**
 * An admin recorded the mentor of an accepted partnership application (or changed it: each change is a
 * new event, with a new {@code eventId}; recording the same mentor again announces nothing). The
 * applicant is told who: {@code mentor}'s name, organisation (or municipality) and, when given, email.
 * {@code callId} is the application's call.
 */
public record MentorAssigned(
        @JsonUnwrapped Envelope envelope,
        Mentor mentor,
        String callId) implements CallEvent {

    /** An event without a call belongs to {@link Calls#DEFAULT_CALL}. */
    public MentorAssigned {
        callId = Calls.orDefault(callId);
    }

    /** The mentor: {@code email} may be null (none given). */
    public record Mentor(String name, String organisation, String email) {
    }
}
