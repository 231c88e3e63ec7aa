package se.icld.gendernetwork.review.erasure;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import se.icld.gendernetwork.review.application.ApplicationNotFoundException;
import se.icld.gendernetwork.review.application.ApplicationQueries;
import se.icld.gendernetwork.review.application.Erasure;
import se.icld.gendernetwork.review.application.WorkflowException;

/**
 * The retention job: anonymises every application closed longer than {@code review.retention.after}
 * ({@link Erasures#erase}, on request of {@link Erasure.Requester#RETENTION}). Safe with several
 * replicas without a lock: each erasure is one update guarded by the application's version, so when
 * two replicas pick the same application one writes it and the other finds it changed (or erased
 * already) and moves on. Logs what it did as counts, never data; counted as
 * {@code review_retention_anonymised_total}.
 */
@Component
class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);

    private final ApplicationQueries queries;
    private final Erasures erasures;
    private final RetentionProperties properties;
    private final Clock clock;
    private final Counter anonymised;

    Retention(ApplicationQueries queries, Erasures erasures, RetentionProperties properties, Clock clock,
            MeterRegistry registry) {
        this.queries = queries;
        this.erasures = erasures;
        this.properties = properties;
        this.clock = clock;
        this.anonymised = Counter.builder("review.retention.anonymised")
                .description("Applications anonymised because their retention period passed").register(registry);
    }

    @Scheduled(initialDelayString = "${review.retention.initial-delay:1m}", fixedDelayString = "${review.retention.interval:1h}")
    void scheduled() {
        if (properties.enabled()) {
            run();
        }
    }

    /** One look: anonymises at most a batch of the applications past the period; returns how many this replica did. */
    int run() {
        Instant cutoff = Instant.now(clock).minus(properties.after());
        List<UUID> due = queries.closedBefore(cutoff, properties.batch());
        int done = 0;
        int skipped = 0;
        for (UUID id : due) {
            try {
                if (erasures.eraseIfNotYet(id, "retention", Erasure.Requester.RETENTION)) {
                    done++;
                } else {
                    // erased meanwhile (another replica's look, or an admin): not this look's
                    skipped++;
                }
            } catch (WorkflowException | ApplicationNotFoundException e) {
                // Changed or removed meanwhile, by another replica or a reviewer: the next look sees it again.
                skipped++;
            }
        }
        anonymised.increment(done);
        if (!due.isEmpty()) {
            log.info("retention: {} applications closed before {} anonymised, {} left to another look or replica",
                    done, cutoff, skipped);
        }
        return done;
    }
}
