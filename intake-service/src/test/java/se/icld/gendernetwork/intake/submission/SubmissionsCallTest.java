package se.icld.gendernetwork.intake.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.icld.gendernetwork.contracts.calls.Call;
import se.icld.gendernetwork.contracts.calls.Calls;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted;
import se.icld.gendernetwork.intake.PrivacyNoticeProperties;
import se.icld.gendernetwork.intake.StatusLinkProperties;
import se.icld.gendernetwork.intake.calls.CallNotOpenException;
import se.icld.gendernetwork.intake.calls.TestCalls;

/** A submission and the call's dates: intake decides at acceptance, and the event names the call. */
class SubmissionsCallTest {

    private static final Instant OPENS = Instant.parse("2026-12-01T05:00:00Z");
    private static final Instant CLOSES = Instant.parse("2026-12-03T05:00:00Z");

    private final List<InterestSubmitted> published = new ArrayList<>();

    private Submissions at(Instant now) {
        Calls calls = new Calls(List.of(TestCalls.call(Calls.DEFAULT_CALL, OPENS, CLOSES),
                TestCalls.call("partnership-2025", OPENS, null)));
        return new Submissions(published::add,
                new PrivacyNoticeProperties("2024-01", "privacy@example.org", 24, 14, Set.of()),
                new StatusLinkProperties("test-status-secret-of-enough-length", "http://review.test"),
                Optional.of(Clock.fixed(now, ZoneOffset.UTC)), calls);
    }

    @Test
    void aSubmissionJustBeforeTheDeadlineIsAcceptedAndTheEventNamesTheCall() {
        at(CLOSES.minusMillis(1)).submit(request(null), Optional.of("k1"));

        assertThat(published).singleElement().satisfies(e -> {
            assertThat(e.callId()).isEqualTo(Calls.DEFAULT_CALL);
            assertThat(e.occurredAt()).isEqualTo(CLOSES.minusMillis(1));
        });
    }

    @Test
    void atTheDeadlineAndAfterItIsRefusedAsClosedAndBeforeTheOpeningAsNotOpen() {
        assertThatThrownBy(() -> at(CLOSES).submit(request(null), Optional.of("k2")))
                .isInstanceOfSatisfying(CallNotOpenException.class, e -> {
                    assertThat(e.code()).isEqualTo("call-closed");
                    assertThat(e.phase()).isEqualTo(Call.Phase.AFTER);
                });
        assertThatThrownBy(() -> at(OPENS.minusSeconds(1)).submit(request(null), Optional.of("k3")))
                .isInstanceOfSatisfying(CallNotOpenException.class, e -> assertThat(e.code()).isEqualTo("call-not-open"));
        assertThat(published).as("nothing published").isEmpty();
    }

    @Test
    void anotherCallIsChosenByIdAnUnknownOneIsAFieldErrorAndTheSameTextToTwoCallsIsTwoApplications() {
        Submissions open = at(OPENS.plusSeconds(60));

        open.submit(request("partnership-2025"), Optional.of("same-key"));
        open.submit(request(null), Optional.of("same-key"));

        assertThat(published).extracting(InterestSubmitted::callId).containsExactly("partnership-2025", Calls.DEFAULT_CALL);
        assertThat(published.get(0).submissionId()).isNotEqualTo(published.get(1).submissionId());
        assertThat(published.get(1).contentHash()).as("the default call's hash is the one of before calls")
                .isEqualTo(request(null).content().normalised().contentHash());
        assertThatThrownBy(() -> open.submit(request("no-such-call"), Optional.empty()))
                .isInstanceOfSatisfying(InvalidSubmissionException.class,
                        e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("callId"));
        at(CLOSES).submit(request("partnership-2025"), Optional.empty());
        assertThat(published).as("a call without a closing stays open").hasSize(3);
    }

    private static SubmissionRequest request(String callId) {
        return SubmissionRequests.networkApplication("2024-01", callId);
    }
}
