package se.icld.gendernetwork.review.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Conflicts of interest in the aggregate: one test per rule, no Spring. */
class ApplicationConflictTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(30);
    private static final List<String> CRITERIA = List.of("leadership");

    private static Application registered() {
        Application a = Application.register(Submissions.submission(UUID.randomUUID(), T0.minusSeconds(60)), T0);
        a.changesWritten(List.of());
        return a;
    }

    private static ReviewSubmission review() {
        return new ReviewSubmission(Map.of("leadership", 3), "ACCEPT", null);
    }

    @Test
    void aConflictIsKeptWithReasonWhoDeclaredItAndWhenAndNamedInTheHistory() {
        Application a = registered();

        assertThat(a.declareConflict("bob", "  Mi hermana trabaja en esa alcaldía ", "admin", T0)).isTrue();

        assertThat(a.conflicts()).containsExactly(new Conflict("bob", "Mi hermana trabaja en esa alcaldía", "admin", T0));
        HistoryEntry entry = a.newHistory().get(0);
        assertThat(entry.action()).isEqualTo(HistoryAction.CONFLICT_DECLARED);
        assertThat(entry.by()).isEqualTo("admin");
        assertThat(entry.detail()).as("the reviewer, not the reason").isEqualTo("bob");
        assertThat(a.conflictedWith("bob")).isTrue();
        assertThat(a.conflictedWith("alice")).isFalse();
    }

    @Test
    void theConflictedReviewerCannotReviewClaimDecideOrAsk() {
        Application a = registered();
        a.claim("alice", T0, LEASE);
        a.declareConflict("bob", "Familia", "bob", T0);

        assertThat(Refusals.of(() -> a.review("bob", review(), CRITERIA, T0))).isEqualTo(WorkflowCode.CONFLICT_OF_INTEREST);
        assertThat(Refusals.of(() -> a.claim("bob", T0.plus(LEASE), LEASE))).isEqualTo(WorkflowCode.CONFLICT_OF_INTEREST);
        assertThat(Refusals.of(() -> a.decide("bob", Status.ACCEPTED, null, T0))).isEqualTo(WorkflowCode.CONFLICT_OF_INTEREST);
        assertThat(Refusals.of(() -> a.requestInformation("bob", "¿?", T0))).isEqualTo(WorkflowCode.CONFLICT_OF_INTEREST);
        assertThat(WorkflowCode.CONFLICT_OF_INTEREST.forbidden()).as("answered 403").isTrue();
        a.review("alice", review(), CRITERIA, T0);
        a.decide("alice", Status.ACCEPTED, null, T0);
        assertThat(a.status()).as("the others are not affected").isEqualTo(Status.ACCEPTED);
    }

    @Test
    void theConflictedReviewersClaimEndsAndTheirReviewStopsCountingButIsKept() {
        Application a = registered();
        a.claim("bob", T0, LEASE);
        a.review("bob", review(), CRITERIA, T0);

        a.declareConflict("bob", "Familia", "bob", T0.plusSeconds(5));

        assertThat(a.claim()).isNull();
        assertThat(a.reviews()).isEmpty();
        assertThat(a.supersededReviews()).extracting(Review::by).containsExactly("bob");
        assertThat(a.newSuperseded()).hasSize(1);
    }

    @Test
    void declaringTheSameConflictAgainChangesNothing() {
        Application a = registered();
        a.declareConflict("bob", "Familia", "bob", T0);
        a.changesWritten(List.of());

        assertThat(a.declareConflict("bob", "Otra vez", "admin", T0.plusSeconds(1))).isFalse();

        assertThat(a.conflicts()).hasSize(1);
        assertThat(a.newHistory()).isEmpty();
    }

    @Test
    void aConflictIsDeclaredInAnyStatusDecidedAndWithdrawnIncluded() {
        Application a = registered();
        a.withdraw(T0);

        assertThat(a.declareConflict("bob", "Familia", "bob", T0)).isTrue();
    }
}
