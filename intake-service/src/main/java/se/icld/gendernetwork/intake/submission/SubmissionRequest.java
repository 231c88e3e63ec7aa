package se.icld.gendernetwork.intake.submission;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.swagger.v3.oas.annotations.media.Schema;

import se.icld.gendernetwork.contracts.intake.InterestSubmitted;
import se.icld.gendernetwork.contracts.submission.FocusArea;
import se.icld.gendernetwork.contracts.submission.SubmissionContent;

/**
 * An expression of interest as the applicant sends it (DESIGN.md, "Intake"): only its shape. Unknown
 * fields are rejected and JSON types are strict (see {@code StrictJsonReading}); every rule on the
 * values is {@link se.icld.gendernetwork.contracts.submission.SubmissionRules} of the call
 * {@code callId} names, applied to {@link #content()} once normalised, by {@link Submissions}.
 * {@code partnership} holds the answers only the partnership programme's call asks (absent for the network's).
 */
@JsonIgnoreProperties(ignoreUnknown = false)
public record SubmissionRequest(
        Applicant applicant,
        Municipality municipality,
        String motivation,
        List<FocusArea> focusAreas,
        Workshops workshops,
        @Schema(description = "Whether the municipality would like a partnership with a Swedish municipality. Required "
                + "by a network call; the partnership programme's call does not ask it (absent: true, the application "
                + "itself is the interest).") Boolean partnershipInterest,
        boolean mentorshipInterest,
        Consent consent,
        String callId,
        Partnership partnership) {

    /** A request with the network's question set to the call {@code callId}. */
    public SubmissionRequest(Applicant applicant, Municipality municipality, String motivation, List<FocusArea> focusAreas,
            Workshops workshops, boolean partnershipInterest, boolean mentorshipInterest, Consent consent, String callId) {
        this(applicant, municipality, motivation, focusAreas, workshops, partnershipInterest, mentorshipInterest, consent,
                callId, null);
    }

    /** A request to the default call (no {@code callId}). */
    public SubmissionRequest(Applicant applicant, Municipality municipality, String motivation, List<FocusArea> focusAreas,
            Workshops workshops, boolean partnershipInterest, boolean mentorshipInterest, Consent consent) {
        this(applicant, municipality, motivation, focusAreas, workshops, partnershipInterest, mentorshipInterest, consent,
                null);
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Applicant(String fullName, String email, String phone, String position, String preferredLanguage) {
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Municipality(String name, String region, String country) {
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Workshops(boolean local, boolean sweden) {
    }

    @JsonIgnoreProperties(ignoreUnknown = false)
    public record Consent(boolean dataProcessing, String noticeVersion) {
    }

    /**
     * The partnership programme's answers: the reference of the municipality's application accepted into
     * the network ({@code GEN-7K3Q-9XDA}), and the Swedish municipality it would like to partner with
     * (absent or null: no preference).
     */
    @JsonIgnoreProperties(ignoreUnknown = false)
    @Schema(description = "The partnership programme's answers (a call with questions PARTNERSHIP only).")
    public record Partnership(
            @Schema(description = "The reference of the municipality's application accepted into the network, as "
                    + "intake issued it (small letters are taken as capitals).", example = "GEN-7K3Q-9XDA",
                    requiredMode = Schema.RequiredMode.REQUIRED) String networkReference,
            @Schema(description = "The Swedish municipality the municipality would like to partner with, 2 to 120 "
                    + "characters; null or absent: no preference.", example = "Uppsala", nullable = true)
            String swedishMunicipality) {
    }

    /**
     * This request with {@code shownVersion}, the privacy notice the service shows, as its consent's
     * notice version when the client sent none (the field is optional; a version sent is kept, to be
     * checked against the one shown).
     */
    public SubmissionRequest withNoticeVersionIfAbsent(String shownVersion) {
        if (consent == null || consent.noticeVersion() != null) {
            return this;
        }
        return new SubmissionRequest(applicant, municipality, motivation, focusAreas, workshops, partnershipInterest,
                mentorshipInterest, new Consent(consent.dataProcessing(), shownVersion), callId, partnership);
    }

    /**
     * This request with what the partnership programme does not ask filled in when absent: no workshops,
     * and the interest in a partnership (applying to the programme is that interest).
     */
    public SubmissionRequest withPartnershipDefaults() {
        if (workshops != null && partnershipInterest != null) {
            return this;
        }
        return new SubmissionRequest(applicant, municipality, motivation, focusAreas,
                workshops == null ? new Workshops(false, false) : workshops,
                partnershipInterest == null ? Boolean.TRUE : partnershipInterest, mentorshipInterest, consent, callId,
                partnership);
    }

    /** The values as typed (not yet normalised). */
    public SubmissionContent content() {
        return new SubmissionContent(
                applicant == null ? null : new InterestSubmitted.Applicant(applicant.fullName(), applicant.email(),
                        applicant.phone(), applicant.position(), applicant.preferredLanguage()),
                municipality == null ? null
                        : new InterestSubmitted.Municipality(municipality.name(), municipality.region(), municipality.country()),
                motivation,
                focusAreas == null ? null : focusAreas.stream().map(area -> area == null ? null : area.name()).toList(),
                workshops == null ? null : new InterestSubmitted.Workshops(workshops.local(), workshops.sweden()),
                Boolean.TRUE.equals(partnershipInterest), // absent: a violation of a network call (see Submissions)
                mentorshipInterest,
                consent == null ? null : new InterestSubmitted.Consent(consent.dataProcessing(), consent.noticeVersion()),
                partnership == null ? null
                        : new InterestSubmitted.Partnership(partnership.networkReference(), partnership.swedishMunicipality()));
    }
}
