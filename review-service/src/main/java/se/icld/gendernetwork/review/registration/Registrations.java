package se.icld.gendernetwork.review.registration;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted;
import se.icld.gendernetwork.review.ReviewProperties;
import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.Applications;

/**
 * Turns a submission into an application, exactly once: the submission id is the document's
 * {@code _id}, so a redelivered or duplicated record changes nothing.
 */
@Service
public class Registrations {

    private static final Logger log = LoggerFactory.getLogger(Registrations.class);

    private final Applications applications;
    private final ReviewProperties properties;
    private final Clock clock;
    private final Counter registered;
    private final Counter duplicates;
    private final Counter failures;

    Registrations(Applications applications, ReviewProperties properties, Clock clock, MeterRegistry registry) {
        this.applications = applications;
        this.properties = properties;
        this.clock = clock;
        this.registered = Counter.builder("review.applications.registered")
                .description("Applications registered from submissions").register(registry);
        this.duplicates = Counter.builder("review.submissions.duplicates")
                .description("Submissions absorbed because their id was already registered").register(registry);
        this.failures = Counter.builder("review.registration.failures")
                .description("Registration attempts that failed on storage (retried by the binder)").register(registry);
    }

    /** @throws InvalidSubmissionException the event can never be registered */
    public void register(InterestSubmitted submission) {
        SubmissionCheck.check(submission, properties.eligibleCountries());
        Application application = Application.register(submission, Instant.now(clock));
        boolean inserted;
        try {
            inserted = applications.insert(application);
        } catch (RuntimeException e) {
            failures.increment();
            throw e;
        }
        if (inserted) {
            registered.increment();
            log.info("registered application {}", submission.submissionId());
        } else {
            duplicates.increment();
            log.info("submission {} was already registered; duplicate absorbed", submission.submissionId());
        }
    }
}
