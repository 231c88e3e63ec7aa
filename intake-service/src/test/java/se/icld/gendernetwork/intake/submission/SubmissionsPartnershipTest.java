package se.icld.gendernetwork.intake.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.icld.gendernetwork.contracts.calls.Calls;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted;
import se.icld.gendernetwork.contracts.submission.FocusArea;
import se.icld.gendernetwork.contracts.submission.Violation;
import se.icld.gendernetwork.intake.PrivacyNoticeProperties;
import se.icld.gendernetwork.intake.StatusLinkProperties;
import se.icld.gendernetwork.intake.calls.TestCalls;

/** A submission is judged by the rules of its call: the call's countries and its question set. */
class SubmissionsPartnershipTest {

    private static final Instant OPENS = Instant.parse("2024-01-01T05:00:00Z");

    private final List<InterestSubmitted> published = new ArrayList<>();
    private final Submissions submissions = new Submissions(published::add,
            new PrivacyNoticeProperties("2024-01", "privacy@example.org", 24, 14, Set.of()),
            new StatusLinkProperties("test-status-secret-of-enough-length", "http://review.test"), Optional.empty(),
            new Calls(List.of(TestCalls.call(Calls.DEFAULT_CALL, OPENS, null),
                    TestCalls.partnership("partnership-2025", OPENS, null, Set.of("GT")))));

    @Test
    void aPartnershipApplicationWithoutWorkshopsIsPublishedWithItsAnswersNormalised() {
        submissions.submit(request("partnership-2025", "GT", null,
                new SubmissionRequest.Partnership(" gen-7k3q-9xda ", " Uppsala ")), Optional.of("p-1"));

        assertThat(published).singleElement().satisfies(e -> {
            assertThat(e.callId()).isEqualTo("partnership-2025");
            assertThat(e.partnership()).isEqualTo(new InterestSubmitted.Partnership("GEN-7K3Q-9XDA", "Uppsala"));
            assertThat(e.workshops()).as("not asked: none").isEqualTo(new InterestSubmitted.Workshops(false, false));
        });
    }

    @Test
    void thePartnershipCallRequiresItsAnswersAndTheNetworkCallRefusesThem() {
        assertThat(submissions.violations(request("partnership-2025", "GT", null, null)))
                .extracting(Violation::toString).containsExactly("partnership:required");
        assertThat(submissions.violations(request("partnership-2025", "GT", null,
                new SubmissionRequest.Partnership("GEN-7K3Q", null))))
                .extracting(Violation::toString).containsExactly("partnership.networkReference:reference");
        assertThat(submissions.violations(request(null, "GT", new SubmissionRequest.Workshops(true, true),
                new SubmissionRequest.Partnership("GEN-7K3Q-9XDA", null))))
                .extracting(Violation::toString).containsExactly("partnership:not-asked");
        assertThatThrownBy(() -> submissions.submit(request(null, "GT", new SubmissionRequest.Workshops(true, true),
                new SubmissionRequest.Partnership("GEN-7K3Q-9XDA", null)), Optional.empty()))
                .isInstanceOf(InvalidSubmissionException.class);
        assertThat(published).isEmpty();
    }

    @Test
    void eachCallTakesItsOwnCountries() {
        assertThat(submissions.violations(request("partnership-2025", "CO", null,
                new SubmissionRequest.Partnership("GEN-7K3Q-9XDA", null))))
                .extracting(Violation::toString).containsExactly("municipality.country:country");
        assertThat(submissions.violations(request(null, "CO", new SubmissionRequest.Workshops(true, false), null))).isEmpty();
    }

    /**
     * The notice before the partnership programme (2024-01) covers all a network call asks: a client
     * that read it may still send it to a network call, and it is recorded as sent; the partnership
     * programme's data is described only by the current notice, which its call requires.
     */
    @Test
    void anEarlierNoticeVersionIsTakenForTheNetworkCallOnlyAndRecordedAsSent() {
        Submissions current = new Submissions(published::add,
                new PrivacyNoticeProperties("2026-12", "privacy@example.org", 24, 14, Set.of("2024-01")),
                new StatusLinkProperties("test-status-secret-of-enough-length", "http://review.test"), Optional.empty(),
                new Calls(List.of(TestCalls.call(Calls.DEFAULT_CALL, OPENS, null),
                        TestCalls.partnership("partnership-2025", OPENS, null, Set.of("GT")))));
        SubmissionRequest network = request(null, "GT", new SubmissionRequest.Workshops(true, false), null);
        SubmissionRequest partnership = request("partnership-2025", "GT", null,
                new SubmissionRequest.Partnership("GEN-7K3Q-9XDA", null));

        current.submit(network, Optional.of("n-1"));
        assertThat(published).singleElement().satisfies(e -> assertThat(e.consent().noticeVersion()).isEqualTo("2024-01"));
        assertThat(current.violations(partnership)).extracting(Violation::toString)
                .containsExactly("consent.noticeVersion:unknown-notice-version");
        assertThat(current.violations(withNotice(partnership, "2026-12"))).isEmpty();
        assertThat(current.violations(withNotice(network, "2023-07"))).extracting(Violation::toString)
                .containsExactly("consent.noticeVersion:unknown-notice-version");
    }

    private static SubmissionRequest withNotice(SubmissionRequest r, String version) {
        return new SubmissionRequest(r.applicant(), r.municipality(), r.motivation(), r.focusAreas(), r.workshops(),
                r.partnershipInterest(), r.mentorshipInterest(), new SubmissionRequest.Consent(true, version), r.callId(),
                r.partnership());
    }

    private static SubmissionRequest request(String callId, String country, SubmissionRequest.Workshops workshops,
            SubmissionRequest.Partnership partnership) {
        return new SubmissionRequest(SubmissionRequests.MARIA, SubmissionRequests.panajachel(country),
                "Queremos trabajar con un municipio sueco en la prevención de la violencia de género en el municipio.",
                List.of(FocusArea.GENDER_BASED_VIOLENCE), workshops, true, true,
                new SubmissionRequest.Consent(true, "2024-01"), callId, partnership);
    }
}
