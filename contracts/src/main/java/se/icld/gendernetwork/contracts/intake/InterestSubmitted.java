package se.icld.gendernetwork.contracts.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import se.icld.gendernetwork.contracts.calls.Calls;

/**
 * An applicant expressed interest (topic {@code intake.submissions.v1}, key = submission id).
 * The submission id is derived from the client's {@code Idempotency-Key} when there is one, so a
 * retried submission carries the same id. {@code contentHash} is a SHA-256 of the canonical
 * submission, so a consumer can tell a true duplicate from a conflicting reuse of a key.
 * {@code callId} names the call it was submitted to, decided by intake when it accepted it (optional
 * on the wire: absent, the default call {@link Calls#DEFAULT_CALL}); review registers it whenever it
 * consumes the event, also after the call closed. {@code partnership} is present only for a call with
 * the {@link se.icld.gendernetwork.contracts.calls.Call.Questions#PARTNERSHIP partnership} question set
 * (optional on the wire: absent, a network expression of interest).
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
        String callId,
        @JsonInclude(JsonInclude.Include.NON_NULL) Partnership partnership) {

    /** An event without a call (written before calls existed) belongs to {@link Calls#DEFAULT_CALL}. */
    public InterestSubmitted {
        callId = Calls.orDefault(callId);
    }

    /** A submission with the network's question set to the call {@code callId} (null: the default call). */
    public InterestSubmitted(UUID eventId, Instant occurredAt, UUID submissionId, String reference, String contentHash,
            Applicant applicant, Municipality municipality, String motivation, List<String> focusAreas,
            Workshops workshops, boolean partnershipInterest, boolean mentorshipInterest, Consent consent, String callId) {
        this(eventId, occurredAt, submissionId, reference, contentHash, applicant, municipality, motivation, focusAreas,
                workshops, partnershipInterest, mentorshipInterest, consent, callId, null);
    }

    /** A submission to the default call, {@link Calls#DEFAULT_CALL}. */
    public InterestSubmitted(UUID eventId, Instant occurredAt, UUID submissionId, String reference, String contentHash,
            Applicant applicant, Municipality municipality, String motivation, List<String> focusAreas,
            Workshops workshops, boolean partnershipInterest, boolean mentorshipInterest, Consent consent) {
        this(eventId, occurredAt, submissionId, reference, contentHash, applicant, municipality, motivation, focusAreas,
                workshops, partnershipInterest, mentorshipInterest, consent, null, null);
    }

    public record Applicant(String fullName, String email, String phone, String position, String preferredLanguage) {
    }

    public record Municipality(String name, String region, String country) {
    }

    public record Workshops(boolean local, boolean sweden) {
    }

    public record Consent(boolean dataProcessing, String noticeVersion) {
    }

    /**
     * The answers only the partnership programme asks: {@code networkReference} is the reference of the
     * municipality's application accepted into the network (review checks it); {@code swedishMunicipality}
     * the Swedish municipality they would like to partner with, {@code null} for no preference. The focus of
     * the partnership is in {@code focusAreas} and {@code motivation}, the mentoring wish in
     * {@code mentorshipInterest}.
     */
    public record Partnership(String networkReference, String swedishMunicipality) {
    }
}
