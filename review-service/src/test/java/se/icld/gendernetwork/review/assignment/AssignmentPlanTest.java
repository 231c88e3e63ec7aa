package se.icld.gendernetwork.review.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import se.icld.gendernetwork.review.assignment.AssignmentPlan.Candidate;

/** The spread of applications over a panel: one test per rule, no Spring. */
class AssignmentPlanTest {

    private static List<Candidate> fresh(int n) {
        return IntStream.range(0, n).mapToObj(i -> new Candidate("a" + i, List.of(), Set.of())).toList();
    }

    @Test
    void twelveApplicationsOverTwoReviewersGiveSixEach() {
        AssignmentPlan.Result plan = AssignmentPlan.spread(fresh(12), List.of("ana", "ben"), 1, Map.of());

        assertThat(plan.assignments()).hasSize(12);
        assertThat(plan.load()).isEqualTo(Map.of("ana", 6L, "ben", 6L));
        assertThat(plan.assignments().get("a0")).containsExactly("ana");
        assertThat(plan.assignments().get("a1")).as("the least loaded next").containsExactly("ben");
        assertThat(plan.leftShort()).isEmpty();
    }

    @Test
    void eachApplicationGetsTheNumberAskedForFromDifferentReviewers() {
        AssignmentPlan.Result plan = AssignmentPlan.spread(fresh(3), List.of("ana", "ben", "cai"), 2, Map.of());

        plan.assignments().values().forEach(reviewers -> assertThat(reviewers).hasSize(2).doesNotHaveDuplicates());
        assertThat(plan.load().values()).containsOnly(2L);
    }

    @Test
    void theLoadAlreadyCarriedCounts() {
        AssignmentPlan.Result plan = AssignmentPlan.spread(fresh(3), List.of("ana", "ben"), 1, Map.of("ana", 3L));

        assertThat(plan.load()).containsEntry("ana", 3L).containsEntry("ben", 3L);
        assertThat(plan.assignments().values()).allSatisfy(r -> assertThat(r).containsExactly("ben"));
    }

    @Test
    void aConflictedReviewerIsNeverChosen() {
        List<Candidate> candidates = new ArrayList<>(fresh(2));
        candidates.add(new Candidate("conflicted", List.of(), Set.of("ana")));

        AssignmentPlan.Result plan = AssignmentPlan.spread(candidates, List.of("ana", "ben"), 2, Map.of());

        assertThat(plan.assignments().get("conflicted")).containsExactly("ben");
        assertThat(plan.leftShort()).containsExactly("conflicted");
    }

    @Test
    void currentAssigneesAreKeptAndAnApplicationAlreadyServedIsLeftAlone() {
        List<Candidate> candidates = List.of(new Candidate("half", List.of("cai"), Set.of()),
                new Candidate("full", List.of("ana", "ben"), Set.of()));

        AssignmentPlan.Result plan = AssignmentPlan.spread(candidates, List.of("ana", "ben"), 2, Map.of());

        assertThat(plan.assignments().get("half")).containsExactly("cai", "ana");
        assertThat(plan.assignments()).doesNotContainKey("full");
    }
}
