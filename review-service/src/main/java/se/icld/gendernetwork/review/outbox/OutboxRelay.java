package se.icld.gendernetwork.review.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.OutboxEntry;
import se.icld.gendernetwork.support.TraceContexts;

/**
 * Publishes the events waiting in applications' outboxes, oldest application first and in order
 * within one application, then removes each from its document once the broker acknowledged it.
 * At-least-once: a crash between the acknowledgement and the removal publishes the event again
 * with the same {@code eventId}, which consumers recognise. While the broker is away nothing is
 * removed, and the relay tries again on its next round.
 */
@Component
class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final String COLLECTION = "applications";
    private static final int BATCH = 100;

    private final MongoTemplate mongo;
    private final EventPublisher publisher;
    private final TraceContexts traces;
    private final Clock clock;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestAgeSeconds = new AtomicLong();
    private final Counter unacknowledged;

    OutboxRelay(MongoTemplate mongo, EventPublisher publisher, TraceContexts traces, Clock clock,
            MeterRegistry registry) {
        this.mongo = mongo;
        this.publisher = publisher;
        this.traces = traces;
        this.clock = clock;
        Gauge.builder("review.outbox.backlog", backlog, AtomicLong::get)
                .description("Events waiting in outboxes").register(registry);
        Gauge.builder("review.outbox.oldest.age", oldestAgeSeconds, AtomicLong::get)
                .description("Age of the oldest unpublished event").baseUnit("seconds").register(registry);
        this.unacknowledged = Counter.builder("review.outbox.unacknowledged")
                .description("Outbox publishes the broker did not acknowledge (retried on the next round)")
                .register(registry);
    }

    @Scheduled(fixedDelayString = "${review.outbox-interval:500ms}")
    void relay() {
        try {
            relayPending();
        } catch (RuntimeException e) {
            log.warn("outbox relay round failed, will retry: {}", e.toString());
        }
    }

    /** One round: returns how many events were published. */
    int relayPending() {
        Query pending = query(where("outbox.0").exists(true)).with(Sort.by("updatedAt")).limit(BATCH);
        pending.fields().include("outbox");
        int published = 0;
        long waiting = 0;
        Instant oldest = null;
        for (Application application : mongo.find(pending, Application.class, COLLECTION)) {
            for (OutboxEntry entry : application.outbox()) {
                waiting++;
                if (oldest == null || entry.occurredAt().isBefore(oldest)) {
                    oldest = entry.occurredAt();
                }
            }
        }
        backlog.set(waiting);
        oldestAgeSeconds.set(oldest == null ? 0 : Duration.between(oldest, Instant.now(clock)).toSeconds());

        for (Application application : mongo.find(pending, Application.class, COLLECTION)) {
            for (OutboxEntry entry : application.outbox()) {
                if (!traces.continueTrace(entry.traceparent(), "outbox publish",
                        () -> acknowledged(publisher.publish(application.id(), entry)))) {
                    unacknowledged.increment();
                    return published;
                }
                mongo.updateFirst(query(where("_id").is(application.id())),
                        new Update().pull("outbox", new Document("eventId", entry.eventId())),
                        COLLECTION);
                published++;
                backlog.decrementAndGet();
            }
        }
        return published;
    }

    /** Waits for the send (bounded by the producer's send timeout); true once the broker acknowledged. */
    private static boolean acknowledged(java.util.concurrent.CompletableFuture<Void> sent) {
        try {
            sent.join();
            return true;
        } catch (java.util.concurrent.CompletionException | java.util.concurrent.CancellationException e) {
            return false;
        }
    }
}
