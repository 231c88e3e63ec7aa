package se.icld.gendernetwork.review.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.icld.gendernetwork.contracts.GoldenSamples;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted.Applicant;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted.Consent;
import tools.jackson.databind.json.JsonMapper;

/** Review's check is the shared rules on the values as carried, plus the envelope; its message names fields, never values. */
class SubmissionCheckTest {

    private static final InterestSubmitted GOLDEN = JsonMapper.builder().build()
            .readValue(GoldenSamples.json("InterestSubmitted"), InterestSubmitted.class);

    private final SubmissionCheck check = new SubmissionCheck(Set.of("CO", "GT"), Set.of("2024-01"));

    @Test
    void theGoldenSubmissionPasses() {
        assertThatCode(() -> check.check(GOLDEN)).doesNotThrowAnyException();
    }

    @Test
    void theFourCasesIntakeOnceLetThroughAreRefusedNamingOnlyTheFields() {
        InterestSubmitted s = GOLDEN;
        Applicant a = s.applicant();

        assertRefused(withApplicant(new Applicant("A ", a.email(), a.phone(), a.position(), a.preferredLanguage())),
                "applicant.fullName:not-normalised", "A ");
        assertRefused(withApplicant(new Applicant("A", a.email(), a.phone(), a.position(), a.preferredLanguage())),
                "applicant.fullName:length", "\"A\"");
        assertRefused(withApplicant(new Applicant(a.fullName(), "ana@alcaldia", a.phone(), a.position(), a.preferredLanguage())),
                "applicant.email:email", "ana@alcaldia");
        assertRefused(withApplicant(new Applicant(a.fullName(), "\"quoted\"@example.org", a.phone(), a.position(),
                a.preferredLanguage())), "applicant.email:email", "quoted");
        assertRefused(new InterestSubmitted(s.eventId(), s.occurredAt(), s.submissionId(), s.reference(), s.contentHash(),
                a, s.municipality(), "x".repeat(42) + " ".repeat(10), s.focusAreas(), s.workshops(),
                s.partnershipInterest(), s.mentorshipInterest(), s.consent()), "motivation:not-normalised", "xxxx");
    }

    @Test
    void bidiOverridesAndNoticeVersionsThisServiceDoesNotPublishAreRefused() {
        Applicant a = GOLDEN.applicant();
        assertRefused(withApplicant(new Applicant("María\u202eLópez", a.email(), a.phone(), a.position(), a.preferredLanguage())),
                "applicant.fullName:not-single-line", "María");
        InterestSubmitted s = GOLDEN;
        assertRefused(new InterestSubmitted(s.eventId(), s.occurredAt(), s.submissionId(), s.reference(), s.contentHash(),
                a, s.municipality(), s.motivation(), s.focusAreas(), s.workshops(), s.partnershipInterest(),
                s.mentorshipInterest(), new Consent(true, "any string")), "consent.noticeVersion:unknown-notice-version", "any string");
    }

    @Test
    void theEnvelopeIsCheckedToo() {
        InterestSubmitted s = GOLDEN;
        InterestSubmitted bare = new InterestSubmitted(null, null, null, "GEN-1", null, s.applicant(), s.municipality(),
                s.motivation(), s.focusAreas(), s.workshops(), s.partnershipInterest(), s.mentorshipInterest(), s.consent());

        assertThatThrownBy(() -> check.check(bare)).isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("eventId:required").hasMessageContaining("submissionId:required")
                .hasMessageContaining("occurredAt:required").hasMessageContaining("reference:invalid")
                .hasMessageContaining("contentHash:invalid");
        assertThatThrownBy(() -> check.check(null)).isInstanceOf(InvalidSubmissionException.class);
    }

    private void assertRefused(InterestSubmitted submission, String violation, String value) {
        assertThatThrownBy(() -> check.check(submission)).isInstanceOf(InvalidSubmissionException.class)
                .satisfies(e -> assertThat(e.getMessage()).contains(violation).doesNotContain(value));
    }

    private static InterestSubmitted withApplicant(Applicant applicant) {
        InterestSubmitted s = GOLDEN;
        return new InterestSubmitted(UUID.randomUUID(), s.occurredAt(), s.submissionId(), s.reference(), s.contentHash(),
                applicant, s.municipality(), s.motivation(), s.focusAreas(), s.workshops(), s.partnershipInterest(),
                s.mentorshipInterest(), s.consent());
    }
}
