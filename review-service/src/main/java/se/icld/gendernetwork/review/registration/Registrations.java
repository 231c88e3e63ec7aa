package se.icld.gendernetwork.review.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import se.icld.gendernetwork.contracts.calls.Calls;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted;
import se.icld.gendernetwork.review.ReviewProperties;
import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.Applications;
import se.icld.gendernetwork.review.assignment.AssignmentProperties;
import se.icld.gendernetwork.review.assignment.AutoConflicts;
import se.icld.gendernetwork.review.registration.SubmissionConflicts.Conflict;

/**
 * Turns a submission into an application, exactly once: the submission id is the document's
 * {@code _id}. A record whose id is already registered is compared by {@code contentHash}: the
 * same content is a duplicate and changes nothing; other content is never silently dropped: it
 * is a conflict, logged (ids only), counted ({@code review.submissions.conflicts}) and kept in
 * {@link SubmissionConflicts} for an operator, and then committed like a duplicate (retrying it
 * would never succeed, and it is not malformed). An application to the partnership programme is
 * linked to the network application its reference names ({@link Applications#findByReference}); an
 * unknown reference is registered too, unlinked.
 */
@Service
public class Registrations {

    private static final Logger log = LoggerFactory.getLogger(Registrations.class);

    private final Applications applications;
    private final SubmissionConflicts conflicts;
    private final SubmissionCheck check;
    private final Clock clock;
    private final Counter registered;
    private final Counter duplicates;
    private final Counter conflicting;
    private final Counter failures;
    private final AutoConflicts autoConflicts;

    Registrations(Applications applications, SubmissionConflicts conflicts, ReviewProperties properties, Clock clock,
            MeterRegistry registry, AssignmentProperties assignment, Calls calls) {
        this.applications = applications;
        this.autoConflicts = AutoConflicts.of(assignment);
        this.conflicts = conflicts;
        // The rules of each event's call: its eligible countries and its question set.
        this.check = new SubmissionCheck(calls, properties.noticeVersions());
        this.clock = clock;
        this.registered = Counter.builder("review.applications.registered")
                .description("Applications registered from submissions").register(registry);
        this.duplicates = Counter.builder("review.submissions.duplicates")
                .description("Submissions absorbed because their id was already registered with the same content")
                .register(registry);
        this.conflicting = Counter.builder("review.submissions.conflicts")
                .description("Submissions whose id was already registered with other content (kept in submission_conflicts)")
                .register(registry);
        this.failures = Counter.builder("review.registration.failures")
                .description("Registration attempts that failed on storage (retried by the binder)").register(registry);
    }

    /** @throws InvalidSubmissionException the event can never be registered */
    public void register(InterestSubmitted submission) {
        check.check(submission);
        Instant now = Instant.now(clock);
        // A partnership application is linked to the network application its reference names; an unknown
        // reference is registered all the same (flagged: its eligibility says it was not found).
        String earlier = submission.partnership() == null ? null
                : applications.findByReference(submission.partnership().networkReference()).map(Application::id)
                        .filter(id -> !id.equals(submission.submissionId().toString())).orElse(null);
        Application application = Application.register(submission, earlier, now);
        // Reviewers of the applicant's country or municipality (review.assignment.auto-conflict) are
        // conflicted from the start: the application never shows in their queue.
        autoConflicts.apply(application, now);
        try {
            if (applications.insert(application)) {
                registered.increment();
                log.info("registered application {}", submission.submissionId());
                return;
            }
            Optional<String> registeredHash = applications.find(submission.submissionId()).map(Application::contentHash);
            if (registeredHash.isPresent() && Objects.equals(registeredHash.get(), submission.contentHash())) {
                duplicates.increment();
                log.info("submission {} was already registered; duplicate absorbed", submission.submissionId());
                return;
            }
            boolean first = conflicts.record(new Conflict(submission.submissionId(), submission.eventId(),
                    registeredHash.orElse(null), submission.contentHash(), now));
            if (first) {
                conflicting.increment();
            }
            log.warn("submission {} (event {}) has other content than the application registered under that id; "
                    + "not registered, kept in submission_conflicts{}", submission.submissionId(), submission.eventId(),
                    first ? "" : " (seen before)");
        } catch (RuntimeException e) {
            failures.increment();
            throw e;
        }
    }
}
