package se.icld.gendernetwork.review.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Assigning reviewers in the aggregate: one test per rule, no Spring. */
class ApplicationAssignmentTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private static Application registered() {
        Application a = Application.register(Submissions.submission(UUID.randomUUID(), T0.minusSeconds(60)), T0);
        a.changesWritten(List.of());
        return a;
    }

    @Test
    void anAssignmentKeepsTheReviewersInOrderWithoutDuplicatesAndNamesThemInTheHistory() {
        Application a = registered();

        assertThat(a.assign(List.of(" bob ", "alice", "bob"), "admin", T0)).isTrue();

        assertThat(a.assignees()).containsExactly("bob", "alice");
        HistoryEntry entry = a.newHistory().get(0);
        assertThat(entry.action()).isEqualTo(HistoryAction.ASSIGNED);
        assertThat(entry.by()).isEqualTo("admin");
        assertThat(entry.detail()).isEqualTo("bob, alice");
        assertThat(entry.status()).as("no status change").isEqualTo(Status.RECEIVED);
        assertThat(a.newEvents()).as("nothing to announce: the applicant is not told").isEmpty();
    }

    @Test
    void theSameAssignmentAgainChangesNothingAndANewOneReplacesTheOld() {
        Application a = registered();
        a.assign(List.of("bob"), "admin", T0);
        a.changesWritten(List.of());

        assertThat(a.assign(List.of("bob"), "admin", T0)).isFalse();
        assertThat(a.newHistory()).isEmpty();
        assertThat(a.assign(List.of("carol"), "admin", T0)).isTrue();
        assertThat(a.assignees()).containsExactly("carol");
        assertThat(a.assign(List.of(), "admin", T0)).as("cleared").isTrue();
        assertThat(a.assignees()).isEmpty();
    }

    @Test
    void nobodyWithAConflictOfInterestIsAssignedAndTheWholeAssignmentIsRefused() {
        Application a = registered();
        a.declareConflict("bob", "Familia", "bob", T0);

        assertThat(Refusals.of(() -> a.assign(List.of("alice", "bob"), "admin", T0)))
                .isEqualTo(WorkflowCode.CONFLICT_OF_INTEREST);
        assertThat(a.assignees()).isEmpty();
    }

    @Test
    void aConflictDeclaredLaterTakesTheReviewerOffTheAssignment() {
        Application a = registered();
        a.assign(List.of("alice", "bob"), "admin", T0);

        a.declareConflict("bob", "Familia", "bob", T0);

        assertThat(a.assignees()).containsExactly("alice");
    }

    @Test
    void onlyAnUndecidedApplicationIsAssigned() {
        Application a = registered();
        a.claim("alice", T0, Duration.ofMinutes(30));
        a.decide("alice", Status.REJECTED, null, T0);

        assertThat(Refusals.of(() -> a.assign(List.of("bob"), "admin", T0))).isEqualTo(WorkflowCode.ILLEGAL_TRANSITION);
    }

    @Test
    void anAssignmentIsBoundedAndEachNameIsAUsername() {
        Application a = registered();
        List<String> many = java.util.stream.IntStream.rangeClosed(0, Application.MAX_ASSIGNEES)
                .mapToObj(i -> "r" + i).toList();

        assertThat(Refusals.of(() -> a.assign(many, "admin", T0))).isEqualTo(WorkflowCode.LIMIT_REACHED);
        assertThatThrownBy(() -> a.assign(List.of(" "), "admin", T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> a.assign(Collections.nCopies(1, "x".repeat(121)), "admin", T0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
