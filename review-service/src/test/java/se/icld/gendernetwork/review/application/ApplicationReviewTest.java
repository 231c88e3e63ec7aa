package se.icld.gendernetwork.review.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The rules of reviews in the aggregate: one test per rule, no Spring. */
class ApplicationReviewTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final UUID ID = UUID.fromString("5f1d2c3b-8a7e-4c4d-9e0f-1a2b3c4d5e6f");
    private static final List<String> CRITERIA = List.of("leadership", "relevance");

    private static Application registered() {
        Application a = Application.register(Submissions.submission(ID, T0.minusSeconds(60)), T0);
        a.changesWritten(List.of());
        return a;
    }

    private static ReviewSubmission scored(int leadership, int relevance, String recommendation) {
        return new ReviewSubmission(Map.of("leadership", leadership, "relevance", relevance), recommendation, "Sólida");
    }

    private static List<String> problemCodes(ReviewSubmission submission) {
        return submission.problems(CRITERIA).stream().map(p -> p.field() + ":" + p.code()).toList();
    }

    @Test
    void aReviewIsKeptWithWhoWhenScoresRecommendationAndCommentAndRecordedInTheHistory() {
        Application a = registered();

        a.review("alice", scored(4, 5, "ACCEPT"), CRITERIA, T0.plusSeconds(10));

        assertThat(a.reviews()).containsExactly(new Review("alice", Map.of("leadership", 4, "relevance", 5),
                Recommendation.ACCEPT, "Sólida", T0.plusSeconds(10)));
        HistoryEntry last = a.newHistory().get(a.newHistory().size() - 1);
        assertThat(last.action()).isEqualTo(HistoryAction.REVIEWED);
        assertThat(last.by()).isEqualTo("alice");
        assertThat(last.detail()).as("the history holds no scores or comment").isNull();
        assertThat(a.status()).as("a review changes no status").isEqualTo(Status.RECEIVED);
    }

    @Test
    void aSecondReviewByTheSameReviewerReplacesTheFirstWhichIsKeptAsSuperseded() {
        Application a = registered();
        a.review("alice", scored(2, 2, "REJECT"), CRITERIA, T0);
        a.review("bob", scored(3, 3, "WAITLIST"), CRITERIA, T0.plusSeconds(5));
        a.changesWritten(List.of());

        a.review("alice", scored(4, 5, "ACCEPT"), CRITERIA, T0.plusSeconds(60));

        assertThat(a.reviews()).extracting(Review::by, Review::recommendation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("bob", Recommendation.WAITLIST),
                        org.assertj.core.groups.Tuple.tuple("alice", Recommendation.ACCEPT));
        assertThat(a.supersededReviews()).extracting(Review::recommendation).containsExactly(Recommendation.REJECT);
        assertThat(a.newSuperseded()).as("the store appends the replaced one").hasSize(1);
    }

    @Test
    void everyCriterionMustBeScored() {
        assertThat(problemCodes(new ReviewSubmission(Map.of("leadership", 3), "ACCEPT", null)))
                .containsExactly("scores.relevance:score-missing");
    }

    @Test
    void eachScoreIsFromOneToFive() {
        assertThat(problemCodes(scored(0, 6, "ACCEPT")))
                .containsExactly("scores.leadership:score-range", "scores.relevance:score-range");
        assertThat(problemCodes(scored(1, 5, "ACCEPT"))).isEmpty();
    }

    @Test
    void aScoreForACriterionTheCallDoesNotHaveIsRefused() {
        assertThat(problemCodes(new ReviewSubmission(Map.of("leadership", 3, "relevance", 3, "charm", 5), "ACCEPT", null)))
                .containsExactly("scores.charm:score-unknown");
    }

    @Test
    void theRecommendationIsAcceptWaitlistOrReject() {
        assertThat(problemCodes(scored(3, 3, "MAYBE"))).containsExactly("recommendation:recommendation-required");
        assertThat(problemCodes(scored(3, 3, null))).containsExactly("recommendation:recommendation-required");
    }

    @Test
    void theCommentIsOptionalAndAtMost4000Characters() {
        assertThat(problemCodes(new ReviewSubmission(Map.of("leadership", 3, "relevance", 3), "ACCEPT", "x".repeat(4001))))
                .containsExactly("comment:comment-too-long");
        Application a = registered();
        a.review("alice", new ReviewSubmission(Map.of("leadership", 3, "relevance", 3), "ACCEPT", "  "), CRITERIA, T0);
        assertThat(a.reviews().get(0).comment()).as("blank is no comment").isNull();
    }

    @Test
    void anInvalidReviewChangesNothing() {
        Application a = registered();

        assertThatThrownBy(() -> a.review("alice", scored(9, 3, "ACCEPT"), CRITERIA, T0))
                .isInstanceOf(InvalidReviewException.class)
                .satisfies(e -> assertThat(((InvalidReviewException) e).problems()).extracting(ReviewProblem::field)
                        .containsExactly("scores.leadership"));
        assertThat(a.reviews()).isEmpty();
        assertThat(a.newHistory()).isEmpty();
    }

    @Test
    void aWithdrawnApplicationIsNotReviewed() {
        Application a = registered();
        a.withdraw(T0);

        assertThat(Refusals.of(() -> a.review("alice", scored(3, 3, "ACCEPT"), CRITERIA, T0)))
                .isEqualTo(WorkflowCode.ILLEGAL_TRANSITION);
    }

    @Test
    void aDecidedApplicationIsNotReviewedWaitlistedIncluded() {
        Application a = registered();
        a.claim("alice", T0, Duration.ofMinutes(30));
        a.decide("alice", Status.WAITLISTED, null, T0);

        assertThat(Refusals.of(() -> a.review("bob", scored(3, 3, "ACCEPT"), CRITERIA, T0)))
                .isEqualTo(WorkflowCode.ILLEGAL_TRANSITION);
    }

    @Test
    void anApplicationUnderReviewOrWaitingForInformationIsReviewedWithoutAClaim() {
        Application a = registered();
        a.claim("alice", T0, Duration.ofMinutes(30));
        a.requestInformation("alice", "¿Quién más?", T0);

        a.review("bob", scored(3, 3, "WAITLIST"), CRITERIA, T0.plusSeconds(1));

        assertThat(a.reviews()).extracting(Review::by).containsExactly("bob");
    }

    @Test
    void withBlindReviewsAReviewerSeesOthersOnlyAfterTheirOwn() {
        Application a = registered();
        a.review("alice", scored(4, 4, "ACCEPT"), CRITERIA, T0);

        assertThat(a.reviewsVisibleTo("bob", true)).isEmpty();
        assertThat(a.reviewsVisibleTo("bob", false)).extracting(Review::by).containsExactly("alice");
        a.review("bob", scored(2, 2, "REJECT"), CRITERIA, T0.plusSeconds(1));
        assertThat(a.reviewsVisibleTo("bob", true)).extracting(Review::by).containsExactly("alice", "bob");
    }

    @Test
    void theSummaryAveragesEachCriterionAndAllScoresAndCountsRecommendations() {
        List<Review> reviews = List.of(
                new Review("alice", Map.of("leadership", 4, "relevance", 5), Recommendation.ACCEPT, null, T0),
                new Review("bob", Map.of("leadership", 3, "relevance", 2), Recommendation.ACCEPT, null, T0),
                new Review("carol", Map.of("leadership", 2, "relevance", 2), Recommendation.REJECT, null, T0));

        ReviewSummary summary = ReviewSummary.of(reviews, CRITERIA);

        assertThat(summary.reviews()).isEqualTo(3);
        assertThat(summary.averages()).containsExactly(Map.entry("leadership", new BigDecimal("3.00")),
                Map.entry("relevance", new BigDecimal("3.00")));
        assertThat(summary.overall()).isEqualTo(new BigDecimal("3.00"));
        assertThat(summary.recommendations()).containsExactly(Map.entry(Recommendation.ACCEPT, 2),
                Map.entry(Recommendation.WAITLIST, 0), Map.entry(Recommendation.REJECT, 1));
        assertThat(ReviewSummary.of(List.of(reviews.get(0)), CRITERIA).overall()).isEqualTo(new BigDecimal("4.50"));
    }

    @Test
    void withoutReviewsTheAveragesAreNullAndTheCountsZero() {
        ReviewSummary summary = ReviewSummary.of(List.of(), CRITERIA);

        assertThat(summary.overall()).isNull();
        assertThat(summary.averages()).containsEntry("leadership", null);
        assertThat(summary.recommendations()).containsEntry(Recommendation.ACCEPT, 0);
    }

    @Test
    void theAverageIsTheMeanOfEveryScoreOfTheCurrentReviewsAndNullWithoutOne() {
        Application a = registered();
        assertThat(a.reviewAverage()).isNull();

        a.review("alice", scored(2, 3, "REJECT"), CRITERIA, T0);
        assertThat(a.reviewAverage()).isEqualTo(2.5);
        a.review("bob", scored(5, 5, "ACCEPT"), CRITERIA, T0.plusSeconds(5));
        assertThat(a.reviewAverage()).isEqualTo(3.75);
        // A replaced review no longer counts; nor does a reviewer's who declares a conflict.
        a.review("alice", scored(4, 4, "ACCEPT"), CRITERIA, T0.plusSeconds(10));
        assertThat(a.reviewAverage()).isEqualTo(4.5);
        a.declareConflict("bob", "my cousin", "bob", T0.plusSeconds(20));
        assertThat(a.reviewAverage()).isEqualTo(4.0);
    }
}
