package se.icld.gendernetwork.contracts.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import se.icld.gendernetwork.contracts.calls.Calls;

/**
 * An applicant expressed interest (topic {@code intake.submissions.v1}, key = submission id).
 * The submission id is derived from the client's {@code Idempotency-Key} when there is one, so a
 * retried submission carries the same id. {@code contentHash} is a SHA-256 of the canonical
 * submission, so a consumer can tell a true duplicate from a conflicting reuse of a key.
 * {@code callId} names the call it was submitted to, decided by intake when it accepted it (optional
 * on the wire: absent, the default call {@link Calls#DEFAULT_CALL}); review registers it whenever it
 * consumes the event, also after the call closed.
 */
public record InterestSubmitted(
        UUID eventId,
        Instant occurredAt,
        UUID submissionId,
        String reference,
        String contentHash,
        Applicant applicant,
        Municipality municipality,
        String motivation,
        List<String> focusAreas,
        Workshops workshops,
        boolean partnershipInterest,
        boolean mentorshipInterest,
        Consent consent,
        String callId) {

    /** An event without a call (written before calls existed) belongs to {@link Calls#DEFAULT_CALL}. */
    public InterestSubmitted {
        callId = callId == null || callId.isBlank() ? Calls.DEFAULT_CALL : callId;
    }

    /** A submission to the default call, {@link Calls#DEFAULT_CALL}. */
    public InterestSubmitted(UUID eventId, Instant occurredAt, UUID submissionId, String reference, String contentHash,
            Applicant applicant, Municipality municipality, String motivation, List<String> focusAreas,
            Workshops workshops, boolean partnershipInterest, boolean mentorshipInterest, Consent consent) {
        this(eventId, occurredAt, submissionId, reference, contentHash, applicant, municipality, motivation, focusAreas,
                workshops, partnershipInterest, mentorshipInterest, consent, null);
    }

    public record Applicant(String fullName, String email, String phone, String position, String preferredLanguage) {
    }

    public record Municipality(String name, String region, String country) {
    }

    public record Workshops(boolean local, boolean sweden) {
    }

    public record Consent(boolean dataProcessing, String noticeVersion) {
    }
}
