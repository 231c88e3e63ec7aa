package se.icld.gendernetwork.review.workflow;

import java.time.Duration;
import java.util.Locale;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.HistoryAction;
import se.icld.gendernetwork.review.application.Review;
import se.icld.gendernetwork.review.application.Status;

/**
 * What {@link ReviewerActions} counts: {@code review.decisions} (by outcome),
 * {@code review.decisions.taken.back}, {@code review.reviews.submitted}, {@code review.review.scores}
 * (per criterion id), and, once per application, {@code review.time.to.first.review},
 * {@code review.time.to.decision} and {@code review.reviews.per.application}. Tags never carry
 * personal data.
 */
@Component
class ReviewerMetrics {

    private final MeterRegistry registry;
    private final Counter takenBack;
    private final Timer timeToDecision;
    private final DistributionSummary reviewsPerApplication;
    private final Counter reviewsSubmitted;
    private final Timer timeToFirstReview;

    ReviewerMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.takenBack = Counter.builder("review.decisions.taken.back")
                .description("Decisions taken back within their grace period").register(registry);
        this.timeToDecision = sinceSubmission("review.time.to.decision", "From submission to the first decision",
                registry);
        this.reviewsPerApplication = DistributionSummary.builder("review.reviews.per.application")
                .description("Reviews an application had when it was first decided")
                .serviceLevelObjectives(1, 2, 3, 4, 5)
                .register(registry);
        this.reviewsSubmitted = Counter.builder("review.reviews.submitted")
                .description("Reviews submitted (a replacing review counts again)")
                .register(registry);
        this.timeToFirstReview = sinceSubmission("review.time.to.first.review",
                "From submission to the application's first review", registry);
    }

    /** A time from an application's submission (a minute to 90 days), with its percentile histogram. */
    private static Timer sinceSubmission(String name, String description, MeterRegistry registry) {
        return Timer.builder(name)
                .description(description)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMinutes(1))
                .maximumExpectedValue(Duration.ofDays(90))
                .register(registry);
    }

    /** {@code decided} was just decided {@code outcome}; its first decision is also timed. */
    void decided(Application decided, Status outcome) {
        Counter.builder("review.decisions").description("Decisions by outcome")
                .tag("outcome", outcome.name().toLowerCase(Locale.ROOT)).register(registry).increment();
        if (decided.submittedAt() != null && decided.history().stream().filter(h -> h.action() == HistoryAction.DECIDED).count() == 1) {
            timeToDecision.record(Duration.between(decided.submittedAt(), decided.updatedAt()));
            reviewsPerApplication.record(decided.reviews().size());
        }
    }

    void takenBack() {
        takenBack.increment();
    }

    /** {@code reviewed} just got {@code review}; its first review is also timed. */
    void reviewed(Application reviewed, Review review) {
        reviewsSubmitted.increment();
        if (reviewed.submittedAt() != null
                && reviewed.history().stream().filter(h -> h.action() == HistoryAction.REVIEWED).count() == 1) {
            timeToFirstReview.record(Duration.between(reviewed.submittedAt(), reviewed.updatedAt()));
        }
        review.scores().forEach((criterion, score) -> DistributionSummary.builder("review.review.scores")
                .description("Scores given, per criterion")
                .tag("criterion", criterion)
                .serviceLevelObjectives(1, 2, 3, 4, 5)
                .register(registry).record(score));
    }
}
