package se.icld.gendernetwork.review.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted;
import se.icld.gendernetwork.review.ReviewProperties;
import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.Submissions;
import se.icld.gendernetwork.review.application.OutboxAppended;
import se.icld.gendernetwork.review.application.OutboxEntry;
import se.icld.gendernetwork.review.application.Outboxes;
import se.icld.gendernetwork.review.application.Status;
import se.icld.gendernetwork.review.application.persistence.PersistenceSliceSupport;
import se.icld.gendernetwork.support.TraceContexts;

/**
 * The relay over a MongoDB wire server with brokers that misbehave. Guarantee 4 with two review replicas: two relays over one collection, a broker that acknowledges
 * late, out of order across applications, and sometimes not at all (before or after writing the
 * record). Every event reaches the log, the first copy of each application's events comes in the
 * order they were raised, every event is removed, and sends overlap (they do not wait for each
 * other's acknowledgement).
 */
@DataMongoTest
class OutboxRelaySliceTest extends PersistenceSliceSupport {

    private static final int APPLICATIONS = 30;
    private static final Duration LEASE = Duration.ofMinutes(30);

    @Autowired
    private Outboxes outboxes;

    @Autowired
    private TraceContexts traces;

    @Test
    void twoReplicasKeepEachApplicationsOrderAndRemoveEveryEvent() {
        ReviewProperties properties = new ReviewProperties(LEASE, Set.of("2024-01"), Duration.ofMillis(10),
                Duration.ofMillis(50), Duration.ofSeconds(2));
        FlakyBroker broker = new FlakyBroker();
        OutboxRelay first = new OutboxRelay(outboxes, broker, traces, properties, new SimpleMeterRegistry(), Clock.systemUTC());
        OutboxRelay second = new OutboxRelay(outboxes, broker, traces, properties, new SimpleMeterRegistry(), Clock.systemUTC());
        List<OutboxRelay> replicas = List.of(first, second);
        Map<String, List<String>> raised = new LinkedHashMap<>();
        first.start();
        second.start();
        try {
            List<Consumer<Application>> steps = List.of(
                    a -> a.claim("alice", now(), LEASE),
                    a -> a.requestInformation("alice", "¿Quién más participará?", now()),
                    a -> a.provideInformation("La secretaria y yo.", now()),
                    a -> a.decide("alice", Status.WAITLISTED, null, now()),
                    a -> a.claim("bob", now(), LEASE),
                    a -> a.decide("bob", Status.ACCEPTED, "Bienvenida", now()));
            List<UUID> ids = new ArrayList<>();
            for (int i = 0; i < APPLICATIONS; i++) {
                // Each application's changes in a burst, so its outbox holds several events when a
                // relay takes it (the sweeps of both relays run meanwhile and may take fewer).
                UUID id = UUID.randomUUID();
                ids.add(id);
                Application registered = Application.register(submission(id), now());
                List<String> events = raised.computeIfAbsent(id.toString(), k -> new ArrayList<>());
                events.addAll(eventIds(registered));
                applications.insert(registered);
                for (Consumer<Application> step : steps) {
                    Application a = applications.find(id).orElseThrow();
                    step.accept(a);
                    events.addAll(eventIds(a));
                    applications.update(a);
                }
                tell(replicas, id);
            }

            await().atMost(Duration.ofSeconds(60)).until(() -> outboxes.backlog().applications() == 0
                    && ids.stream().allMatch(id -> applications.find(id).orElseThrow().outbox().isEmpty()));
        } finally {
            first.stop();
            second.stop();
            broker.close();
        }

        assertThat(raised.values()).allSatisfy(events -> assertThat(events).hasSize(4));
        Map<String, List<String>> firstSeen = broker.firstSeen();
        raised.forEach((id, events) -> assertThat(firstSeen.get(id)).as("application %s", id).isEqualTo(events));
        assertThat(mongo.getCollection("applications").countDocuments(new Document("$or", List.of(
                new Document("outboxSince", new Document("$exists", true)),
                new Document("relay", new Document("$exists", true)))))).isZero();
        assertThat(broker.maxConcurrentSends()).as("sends overlap").isGreaterThan(1);
    }

    @Test
    void eventsThisReplicaWroteGoOutWithoutWaitingForTheNextRound() {
        // Rounds an hour apart: only a round started by the write itself publishes within seconds.
        ReviewProperties hourly = new ReviewProperties(LEASE, Set.of("2024-01"), Duration.ofHours(1), Duration.ofHours(1),
                Duration.ofMinutes(5));
        OutboxRelay relay = new OutboxRelay(outboxes, (id, entry) -> CompletableFuture.completedFuture(null), traces,
                hourly, new SimpleMeterRegistry(), Clock.systemUTC());
        relay.start();
        try {
            // The first may be taken by the round that runs at start; the second is written after that round.
            for (int i = 0; i < 2; i++) {
                UUID id = UUID.randomUUID();
                applications.insert(Application.register(submission(id), now()));
                relay.appended(new OutboxAppended(id.toString()));
                await().atMost(Duration.ofSeconds(10)).until(() -> applications.find(id).orElseThrow().outbox().isEmpty());
            }
        } finally {
            relay.stop();
        }
    }

    @Test
    void anApplicationWhoseEventsCannotBePublishedHoldsBackNoOther() {
        UUID failing = UUID.randomUUID();
        UUID hanging = UUID.randomUUID();
        List<UUID> others = new ArrayList<>();
        applications.insert(Application.register(submission(failing), now().minusSeconds(2)));
        applications.insert(Application.register(submission(hanging), now().minusSeconds(1)));
        for (int i = 0; i < 20; i++) {
            UUID id = UUID.randomUUID();
            others.add(id);
            applications.insert(Application.register(submission(id), now()));
        }
        // The oldest two: one refused every time, one never acknowledged (a stuck partition).
        EventPublisher broker = (id, entry) -> id.equals(failing.toString())
                ? CompletableFuture.failedFuture(new IllegalStateException("not acknowledged"))
                : id.equals(hanging.toString()) ? new CompletableFuture<>() : CompletableFuture.completedFuture(null);
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        OutboxRelay relay = new OutboxRelay(outboxes, broker, traces, new ReviewProperties(LEASE, Set.of("2024-01"),
                Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofMinutes(5)), meters, Clock.systemUTC());
        relay.start();
        try {
            await().atMost(Duration.ofSeconds(20)).until(() -> others.stream()
                    .allMatch(id -> applications.find(id).orElseThrow().outbox().isEmpty()));
            await().atMost(Duration.ofSeconds(20)).until(() -> meters.counter("review.outbox.unacknowledged").count() >= 2);
        } finally {
            relay.stop();
        }
        assertThat(applications.find(failing).orElseThrow().outbox()).hasSize(1);
        assertThat(applications.find(hanging).orElseThrow().outbox()).hasSize(1);
        Outboxes.Backlog backlog = outboxes.backlog();
        assertThat(List.of(backlog.applications(), backlog.events())).containsExactly(2L, 2L);
        assertThat(backlog.oldestSince()).isEqualTo(applications.find(failing).orElseThrow().outbox().get(0).occurredAt());
    }

    /** Each write is told to one replica, as the replica that made it would be. */
    private static void tell(List<OutboxRelay> replicas, UUID id) {
        replicas.get(ThreadLocalRandom.current().nextInt(replicas.size())).appended(new OutboxAppended(id.toString()));
    }

    private static List<String> eventIds(Application a) {
        return a.newEvents().stream().map(e -> e.eventId().toString()).toList();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private static InterestSubmitted submission(UUID id) {
        return Submissions.submission(id, now());
    }

    /**
     * One partition's log, written in the order records arrive; each acknowledgement comes 0–3 ms
     * later on one of four threads; 5 % of sends fail before the write, 5 % after it (ack lost).
     */
    static final class FlakyBroker implements EventPublisher {

        private final ScheduledExecutorService network = Executors.newScheduledThreadPool(4);
        private final List<String[]> log = new ArrayList<>();
        private final AtomicInteger sending = new AtomicInteger();
        private final AtomicInteger maxSending = new AtomicInteger();

        @Override
        public CompletableFuture<Void> publish(String applicationId, OutboxEntry entry) {
            CompletableFuture<Void> ack = new CompletableFuture<>();
            maxSending.accumulateAndGet(sending.incrementAndGet(), Math::max);
            network.schedule(() -> {
                sending.decrementAndGet();
                int dice = ThreadLocalRandom.current().nextInt(100);
                if (dice < 5) {
                    ack.completeExceptionally(new IllegalStateException("not written"));
                    return;
                }
                synchronized (log) {
                    log.add(new String[] {applicationId, entry.eventId()});
                }
                if (dice < 10) {
                    ack.completeExceptionally(new IllegalStateException("written, acknowledgement lost"));
                } else {
                    ack.complete(null);
                }
            }, ThreadLocalRandom.current().nextInt(4), TimeUnit.MILLISECONDS);
            return ack;
        }

        /** Per application, its event ids in the order of their first copy in the log. */
        Map<String, List<String>> firstSeen() {
            Map<String, List<String>> seen = new LinkedHashMap<>();
            synchronized (log) {
                for (String[] record : log) {
                    List<String> events = seen.computeIfAbsent(record[0], k -> new ArrayList<>());
                    if (!events.contains(record[1])) {
                        events.add(record[1]);
                    }
                }
            }
            return seen;
        }

        int maxConcurrentSends() {
            return maxSending.get();
        }

        void close() {
            network.shutdownNow();
        }
    }
}
