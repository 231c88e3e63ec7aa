package se.icld.gendernetwork.intake.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.icld.gendernetwork.contracts.intake.InterestSubmitted;
import se.icld.gendernetwork.contracts.submission.Violation;
import se.icld.gendernetwork.contracts.submission.Violation.Code;
import se.icld.gendernetwork.intake.PrivacyNoticeProperties;
import se.icld.gendernetwork.intake.StatusLinkProperties;
import se.icld.gendernetwork.intake.calls.TestCalls;

/**
 * The consent is recorded with the notice the service shows ({@code intake.privacy-notice.version}),
 * never with a version the client chose; a new version leaves what was recorded before as it was.
 */
class NoticeVersionTest {

    private final List<InterestSubmitted> published = new ArrayList<>();

    @Test
    void aRequestWithoutANoticeVersionIsRecordedWithTheOneShown() {
        submissions("2024-01").submit(request(null), Optional.empty());

        assertThat(published).singleElement().satisfies(e -> assertThat(e.consent().noticeVersion()).isEqualTo("2024-01"));
    }

    @Test
    void aRequestNamingAnotherVersionThanTheOneShownIsRefusedOnThatField() {
        Submissions submissions = submissions("2024-01");

        assertThatThrownBy(() -> submissions.submit(request("2023-07"), Optional.empty()))
                .isInstanceOfSatisfying(InvalidSubmissionException.class, e -> assertThat(e.violations())
                        .containsExactly(new Violation("consent.noticeVersion", Code.UNKNOWN_NOTICE_VERSION)));
        assertThat(published).isEmpty();
    }

    @Test
    void aNewVersionRecordsItselfAndLeavesWhatWasRecordedUnderTheOldOne() {
        submissions("2024-01").submit(request("2024-01"), Optional.empty());
        Submissions afterTheChange = submissions("2026-12");

        afterTheChange.submit(request(null), Optional.of("second-application"));

        assertThat(published).extracting(e -> e.consent().noticeVersion()).containsExactly("2024-01", "2026-12");
        // A page shown before the change (it posts the old version) is refused, not recorded as consent to the new text.
        assertThatThrownBy(() -> afterTheChange.submit(request("2024-01"), Optional.of("third-application")))
                .isInstanceOf(InvalidSubmissionException.class);
        assertThat(afterTheChange.violations(request("2024-01"))).extracting(Violation::field).containsExactly("consent.noticeVersion");
        assertThat(afterTheChange.violations(request("2026-12"))).isEmpty();
    }

    private Submissions submissions(String version) {
        return new Submissions(published::add, new PrivacyNoticeProperties(version, "privacy@example.org", 24, 14, Set.of()),
                new StatusLinkProperties("test-status-secret-of-enough-length", "http://review.test"), Optional.empty(),
                TestCalls.open());
    }

    private static SubmissionRequest request(String noticeVersion) {
        return SubmissionRequests.networkApplication(noticeVersion, null);
    }
}
