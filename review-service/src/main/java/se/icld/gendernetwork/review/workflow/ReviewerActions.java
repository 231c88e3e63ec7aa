package se.icld.gendernetwork.review.workflow;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

import se.icld.gendernetwork.review.ReviewProperties;
import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.ApplicationNotFoundException;
import se.icld.gendernetwork.review.application.Applications;
import se.icld.gendernetwork.review.application.Eligibility;
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
    private final CriteriaProperties criteria;
    private final CallCriteria callCriteria;
    private final DecisionGrace grace;
    private final ReviewerMetrics metrics;
    private final PartnershipEligibility eligibility;

    ReviewerActions(Applications applications, Clock clock, ReviewProperties properties, CriteriaProperties criteria,
            CallCriteria callCriteria, DecisionGrace grace, ReviewerMetrics metrics, PartnershipEligibility eligibility) {
        this.callCriteria = callCriteria;
        this.applications = applications;
        this.eligibility = eligibility;
        this.grace = grace == null ? () -> Duration.ZERO : grace;
        this.criteria = criteria;
        this.clock = clock;
        this.lease = properties.claimLease();
        this.metrics = metrics;
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
        metrics.decided(decided, outcome);
        return decided;
    }

    /**
     * Takes the latest decision back within its grace period ({@code review.decision.grace-period}),
     * before its email went out: by the reviewer who decided, or an admin.
     */
    public Application takeBackDecision(UUID id, Principal user) {
        Application application = change(id, a -> a.takeBackDecision(user.getName(), admin(user), now(), lease));
        metrics.takenBack();
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
        metrics.reviewed(reviewed, kept[0]);
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
