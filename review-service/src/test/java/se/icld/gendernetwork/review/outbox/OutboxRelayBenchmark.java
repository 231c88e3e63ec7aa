package se.icld.gendernetwork.review.outbox;

import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted;
import se.icld.gendernetwork.review.ReviewProperties;
import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.Submissions;
import se.icld.gendernetwork.review.application.Outboxes;
import se.icld.gendernetwork.review.application.persistence.PersistenceSliceSupport;
import se.icld.gendernetwork.support.TraceContexts;

/**
 * A benchmark, not part of the suite (surefire runs {@code *Test}): how fast one relay drains a
 * backlog when each acknowledgement takes {@code ACK_MS}. Run it with
 * {@code ./mvnw -q -B -o -pl review-service -am verify -Dtest=OutboxRelayBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 * and read the line it prints. Figures depend on the machine and on mongo-java-server.
 */
@DataMongoTest
class OutboxRelayBenchmark extends PersistenceSliceSupport {

    private static final int APPLICATIONS = Integer.getInteger("bench.applications", 2000);
    private static final int ACK_MS = Integer.getInteger("bench.ack-ms", 2);

    @Autowired
    private Outboxes outboxes;

    @Autowired
    private TraceContexts traces;

    @Test
    void drainABacklog() {
        mongo.remove(new org.springframework.data.mongodb.core.query.Query(), "applications");
        for (int i = 0; i < APPLICATIONS; i++) {
            applications.insert(Application.register(submission(UUID.randomUUID()), Instant.now()));
        }
        ScheduledExecutorService broker = Executors.newScheduledThreadPool(2);
        EventPublisher acksLater = (id, entry) -> {
            CompletableFuture<Void> ack = new CompletableFuture<>();
            broker.schedule(() -> ack.complete(null), ACK_MS, TimeUnit.MILLISECONDS);
            return ack;
        };
        OutboxRelay relay = new OutboxRelay(outboxes, acksLater, traces, new ReviewProperties(Duration.ofMinutes(30), Set.of("2024-01"), Duration.ofMillis(10), Duration.ofMillis(100), Duration.ofSeconds(30)),
                new SimpleMeterRegistry(), Clock.systemUTC());
        long start = System.nanoTime();
        relay.start();
        try {
            await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(20))
                    .until(() -> outboxes.backlog().applications() == 0);
        } finally {
            relay.stop();
            broker.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("OutboxRelayBenchmark: %d events (one per application), acknowledgement after %d ms: "
                + "drained in %.2f s = %.0f events/s (one after another: at most %d events/s)%n",
                APPLICATIONS, ACK_MS, seconds, APPLICATIONS / seconds, 1000 / Math.max(1, ACK_MS));
    }

    private static InterestSubmitted submission(UUID id) {
        return Submissions.submission(id, Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }
}
