package se.icld.gendernetwork.review.workflow;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import se.icld.gendernetwork.review.ReviewProperties;
import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.ApplicationNotFoundException;
import se.icld.gendernetwork.review.application.Applications;
import se.icld.gendernetwork.review.application.Eligibility;
import se.icld.gendernetwork.review.application.HistoryAction;
import se.icld.gendernetwork.review.application.Review;
import se.icld.gendernetwork.review.application.ReviewSubmission;
import se.icld.gendernetwork.review.application.Status;
import se.icld.gendernetwork.review.criteria.CallCriteria;
import se.icld.gendernetwork.review.criteria.CriteriaProperties;

/** What a reviewer does to an application; each action is one guarded single-document write. */
@Service
public class ReviewerActions {

    private final Applications applications;
    private final Clock clock;
    private final Duration lease;
    private final MeterRegistry registry;
    private final Timer timeToDecision;
    private final CriteriaProperties criteria;
    private final CallCriteria callCriteria;
    private final Counter reviewsSubmitted;
    private final Timer timeToFirstReview;
    private final DistributionSummary reviewsPerApplication;
    private final DecisionGrace grace;
    private final Counter takenBack;
    private final PartnershipEligibility eligibility;

    ReviewerActions(Applications applications, Clock clock, ReviewProperties properties, CriteriaProperties criteria,
            CallCriteria callCriteria, DecisionGrace grace, MeterRegistry registry, PartnershipEligibility eligibility) {
        this.callCriteria = callCriteria;
        this.applications = applications;
        this.eligibility = eligibility;
        this.grace = grace == null ? () -> Duration.ZERO : grace;
        this.takenBack = Counter.builder("review.decisions.taken.back")
                .description("Decisions taken back within their grace period").register(registry);
        this.criteria = criteria;
        this.reviewsSubmitted = Counter.builder("review.reviews.submitted")
                .description("Reviews submitted (a replacing review counts again)")
                .register(registry);
        this.timeToFirstReview = sinceSubmission("review.time.to.first.review",
                "From submission to the application's first review", registry);
        this.reviewsPerApplication = DistributionSummary.builder("review.reviews.per.application")
                .description("Reviews an application had when it was first decided")
                .serviceLevelObjectives(1, 2, 3, 4, 5)
                .register(registry);
        this.clock = clock;
        this.lease = properties.claimLease();
        this.registry = registry;
        this.timeToDecision = sinceSubmission("review.time.to.decision", "From submission to the first decision",
                registry);
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

    public Application get(UUID id) {
        return applications.find(id).orElseThrow(ApplicationNotFoundException::new);
    }

    public Application claim(UUID id, String reviewer) {
        return change(id, a -> a.claim(reviewer, now(), lease));
    }

    public Application release(UUID id, String reviewer) {
        return change(id, a -> a.release(reviewer, now()));
    }

    /**
     * Decides {@code outcome}; accepting a partnership application is refused ({@code not-eligible}) while
     * its network application is not accepted ({@link PartnershipEligibility}, read at the time).
     */
    public Application decide(UUID id, String reviewer, Status outcome, String message) {
        Application decided = change(id, a -> a.decide(reviewer, outcome, message, now(), grace.gracePeriod(),
                outcome == Status.ACCEPTED ? eligibility(a).orElse(null) : null));
        Counter.builder("review.decisions").description("Decisions by outcome")
                .tag("outcome", outcome.name().toLowerCase(Locale.ROOT)).register(registry).increment();
        if (decided.submittedAt() != null && decided.history().stream().filter(h -> h.action() == HistoryAction.DECIDED).count() == 1) {
            timeToDecision.record(Duration.between(decided.submittedAt(), decided.updatedAt()));
            reviewsPerApplication.record(decided.reviews().size());
        }
        return decided;
    }

    /**
     * Takes the latest decision back within its grace period ({@code review.decision.grace-period}),
     * before its email went out: by the reviewer who decided, or an admin.
     */
    public Application takeBackDecision(UUID id, Principal user) {
        Application application = change(id, a -> a.takeBackDecision(user.getName(), admin(user), now(), lease));
        takenBack.increment();
        return application;
    }

    /** How long a decision can be taken back after it is made (zero: not at all). */
    public Duration gracePeriod() {
        return grace.gracePeriod();
    }

    public Application requestInformation(UUID id, String reviewer, String message) {
        return change(id, a -> a.requestInformation(reviewer, message, now()));
    }

    /**
     * The reviewer's review against the criteria of the application's call ({@link CallCriteria}),
     * replacing their earlier one; counted, and each score recorded in {@code review.review.scores}
     * tagged with its criterion id only (so only the call's criteria appear there).
     */
    public Application review(UUID id, String reviewer, ReviewSubmission submission) {
        Review[] kept = new Review[1];
        Application reviewed = change(id, a -> kept[0] = a.review(reviewer, submission, callCriteria.ids(a.callId()), now()));
        reviewsSubmitted.increment();
        if (reviewed.submittedAt() != null
                && reviewed.history().stream().filter(h -> h.action() == HistoryAction.REVIEWED).count() == 1) {
            timeToFirstReview.record(Duration.between(reviewed.submittedAt(), reviewed.updatedAt()));
        }
        kept[0].scores().forEach((criterion, score) -> DistributionSummary.builder("review.review.scores")
                .description("Scores given, per criterion")
                .tag("criterion", criterion)
                .serviceLevelObjectives(1, 2, 3, 4, 5)
                .register(registry).record(score));
        return reviewed;
    }

    /**
     * The application's reviews as {@code reader} (an admin when they hold ADMIN) may see them (see
     * {@link Panel}), averaged over its call's criteria.
     */
    public Panel panel(Application application, Principal reader) {
        return Panel.of(application, reader.getName(), admin(reader), criteria.reviews().blindUntilOwn(),
                callCriteria.ids(application.callId()));
    }

    /** Whether the signed-in {@code user} holds ADMIN. */
    public static boolean admin(Principal user) {
        return user instanceof Authentication authentication
                && authentication.getAuthorities().stream().anyMatch(g -> "ROLE_ADMIN".equals(g.getAuthority()));
    }

    /**
     * Declares that {@code reviewer} (null: the caller) has a conflict of interest with the
     * application. A reviewer declares only for themselves; an admin for anyone.
     *
     * @throws NotYoursToDeclareException when a non-admin names someone else
     */
    public Application declareConflict(UUID id, Principal caller, String reviewer, String reason) {
        String conflicted = reviewer == null || reviewer.isBlank() ? caller.getName() : reviewer.strip();
        if (!conflicted.equals(caller.getName()) && !admin(caller)) {
            throw new NotYoursToDeclareException();
        }
        return change(id, a -> a.declareConflict(conflicted, reason, caller.getName(), now()));
    }

    /** A reviewer declaring a conflict of interest for someone else: only an admin may (403). */
    public static class NotYoursToDeclareException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        NotYoursToDeclareException() {
            super("only an admin declares a conflict of interest for another reviewer");
        }
    }

    /** The eligibility of a partnership application now (empty: a network application). */
    public Optional<Eligibility> eligibility(Application application) {
        return eligibility.of(application);
    }

    /**
     * An admin ({@code by}) records the mentor of an accepted partnership application (see
     * {@link Application#assignMentor}); the same mentor again writes nothing.
     */
    public Application assignMentor(UUID id, String by, String name, String organisation, String email) {
        Application application = get(id);
        if (application.assignMentor(name, organisation, email, by, now())) {
            applications.update(application);
        }
        return application;
    }

    public Application addNote(UUID id, String reviewer, String text) {
        return change(id, a -> a.addNote(reviewer, text, now()));
    }

    private Application change(UUID id, Consumer<Application> action) {
        Application application = get(id);
        action.accept(application);
        applications.update(application);
        return application;
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
