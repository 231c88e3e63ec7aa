package se.icld.gendernetwork.review.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import se.icld.gendernetwork.review.MutableClock;
import se.icld.gendernetwork.review.ReviewProperties;
import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.OutboxAppended;
import se.icld.gendernetwork.review.application.OutboxEntry;
import se.icld.gendernetwork.review.application.Outboxes;
import se.icld.gendernetwork.review.application.Status;
import se.icld.gendernetwork.review.application.Submissions;
import se.icld.gendernetwork.review.application.WorkflowCode;
import se.icld.gendernetwork.review.application.WorkflowException;
import se.icld.gendernetwork.review.application.persistence.PersistenceSliceSupport;
import se.icld.gendernetwork.support.TraceContexts;

/**
 * A decision's grace period over a MongoDB wire server: the relay does not publish a held event
 * before its instant (by the service's clock, moved forward here, no sleeping), nor anything after it
 * in the same outbox, and does once it is due; a take-back removes the held event and the marks in the
 * versioned write, and is refused once the event is gone.
 */
@DataMongoTest
class HeldDecisionSliceTest extends PersistenceSliceSupport {

    private static final Duration LEASE = Duration.ofMinutes(30);
    private static final Duration GRACE = Duration.ofMinutes(10);

    @Autowired
    private Outboxes outboxes;

    @Autowired
    private TraceContexts traces;

    /** Records every event it is given, acknowledged at once. */
    private final Map<String, List<String>> published = new ConcurrentHashMap<>();
    private final EventPublisher broker = (id, entry) -> {
        published.computeIfAbsent(id, k -> new CopyOnWriteArrayList<>()).add(entry.type());
        return CompletableFuture.completedFuture(null);
    };

    @Test
    void aHeldDecisionAndWhatFollowsItWaitUntilItsInstantThenGoOut() {
        MutableClock clock = new MutableClock();
        OutboxRelay relay = new OutboxRelay(outboxes, broker, traces, new ReviewProperties(LEASE, Set.of("2024-01"), Duration.ofMillis(10), Duration.ofMillis(30), Duration.ofSeconds(30)),
                new SimpleMeterRegistry(), clock);
        UUID id = registerApplication();
        change(id, a -> a.claim("rita", now(), LEASE));
        change(id, a -> a.decide("rita", Status.ACCEPTED, "Bienvenida", now(), GRACE));
        // Behind the held decision: an event raised later waits too (order per application).
        change(id, a -> a.requestErasure(new se.icld.gendernetwork.review.application.EmailConfirmation(
                "hash", "http://x/confirm", now().plus(Duration.ofHours(48))), now()));
        relay.start();
        try {
            relay.appended(new OutboxAppended(id.toString()));
            // The registration goes; the relay reaches the held decision and marks the document due at its end.
            await().atMost(Duration.ofSeconds(20)).until(() -> published.getOrDefault(id.toString(), List.of()).size() == 1
                    && raw(id).get("outboxDueAt") != null && raw(id).get("relay") == null);
            Instant due = raw(id).getDate("outboxDueAt").toInstant();
            assertThat(due).isEqualTo(applications.find(id).orElseThrow().outbox().get(0).notBefore());
            assertThat(published.get(id.toString())).containsExactly("ApplicationRegistered");
            // Neither the poll nor a lease takes it before then; the backlog's age does not count the hold.
            Instant now = Instant.now();
            assertThat(outboxes.waiting(now, now, 100)).doesNotContain(id.toString());
            assertThat(outboxes.lease(List.of(id.toString()), "other", now, now, LEASE)).isEmpty();
            assertThat(outboxes.backlog(now).oldestSince()).isNull();
            relay.appended(new OutboxAppended(id.toString()));
            assertThat(applications.find(id).orElseThrow().outbox()).extracting(OutboxEntry::type)
                    .containsExactly("DecisionMade", "ErasureRequested");

            clock.advance(GRACE);
            await().atMost(Duration.ofSeconds(20)).until(() -> applications.find(id).orElseThrow().outbox().isEmpty());
            assertThat(published.get(id.toString()))
                    .containsExactly("ApplicationRegistered", "DecisionMade", "ErasureRequested");
            assertNoOutboxMarks(id);
        } finally {
            relay.stop();
        }
    }

    @Test
    void aDecisionWithoutGraceIsPublishedAtOnceAsBefore() {
        UUID id = registerApplication();
        change(id, a -> a.claim("rita", now(), LEASE));
        change(id, a -> a.decide("rita", Status.REJECTED, null, now(), Duration.ZERO));
        assertThat(applications.find(id).orElseThrow().outbox()).allSatisfy(e -> assertThat(e.notBefore()).isNull());
        assertThat(raw(id).containsKey("outboxDueAt")).isFalse();
        Instant now = Instant.now();
        assertThat(outboxes.waiting(now, now, 1000)).contains(id.toString());
        // Leave nothing waiting for the other tests of this database.
        clearOutbox(id);
    }

    @Test
    void takingBackRemovesTheHeldEventAndTheMarksInTheVersionedWrite() {
        UUID id = registerApplication();
        clearOutbox(id); // the registration was published
        change(id, a -> a.claim("rita", now(), LEASE));
        change(id, a -> a.decide("rita", Status.WAITLISTED, null, now(), GRACE));
        Document held = raw(id);
        assertThat(held.getDate("outboxDueAt")).isNotNull();
        assertThat(held.get("decisionHold", Document.class).getString("eventId"))
                .isEqualTo(held.getList("outbox", Document.class).get(0).getString("eventId"));

        Application a = applications.find(id).orElseThrow();
        long version = a.version();
        a.takeBackDecision("rita", false, now(), LEASE);
        applications.update(a);

        Document back = raw(id);
        assertThat(back.getString("status")).isEqualTo("IN_REVIEW");
        assertThat(back.getList("outbox", Document.class)).isEmpty();
        assertThat(List.of(back.containsKey("outboxSince"), back.containsKey("outboxDueAt"), back.get("decisionHold") != null,
                back.containsKey("decisionMillis"))).containsExactly(false, false, false, false);
        assertThat(((Number) back.get("version")).longValue()).isEqualTo(version + 1);
    }

    /**
     * The race a take-back can run with a relay that leased the outbox before it: the relay publishes the
     * registration and then reaches the held decision in its copy, which the take-back already removed.
     * No due mark may be left behind (it would hold the document's later events, and nothing ever clears
     * a mark without events), and the next lease clears the waiting mark the removal left.
     */
    @Test
    void aTakeBackWhileARelayPublishesWhatCameBeforeLeavesNoMarks() {
        UUID id = registerApplication();
        change(id, a -> a.claim("rita", now(), LEASE));
        change(id, a -> a.decide("rita", Status.ACCEPTED, null, now(), GRACE));
        Instant now = Instant.now();
        Outboxes.PendingOutbox leased = outboxes.lease(List.of(id.toString()), "relay/1", now, now, LEASE).get(0);
        OutboxEntry registration = leased.entries().get(0);
        OutboxEntry decision = leased.entries().get(1);
        assertThat(decision.type()).isEqualTo("DecisionMade");

        change(id, a -> a.takeBackDecision("rita", false, now(), LEASE));
        outboxes.remove(id.toString(), registration, decision, "relay/1");
        outboxes.holdUntil(id.toString(), "relay/1", decision, decision.notBefore());

        Document after = raw(id);
        assertThat(after.getList("outbox", Document.class)).isEmpty();
        assertThat(after.containsKey("outboxDueAt")).as("no hold marked for an event taken back").isFalse();
        assertThat(after.containsKey("relay")).as("the lease is given back").isFalse();
        assertThat(outboxes.lease(List.of(id.toString()), "relay/2", now, now, LEASE)).isEmpty();
        assertNoOutboxMarks(id);
    }

    /** A document left with marks and no events (by an earlier version) is cleared whole by the next lease. */
    @Test
    void marksWithoutEventsAreClearedWhole() {
        UUID id = registerApplication();
        Instant past = Instant.now().minusSeconds(60);
        mongo.getCollection("applications").updateOne(new Document("_id", id.toString()),
                new Document("$set", new Document("outbox", List.of()).append("outboxDueAt", java.util.Date.from(past))));
        Instant now = Instant.now();
        assertThat(outboxes.waiting(now, now, 1000)).contains(id.toString());
        assertThat(outboxes.lease(List.of(id.toString()), "relay/1", now, now, LEASE)).isEmpty();
        assertNoOutboxMarks(id);
    }

    @Test
    void aTakeBackAfterTheEventWasPublishedIsRefused() {
        UUID id = registerApplication();
        clearOutbox(id);
        change(id, a -> a.claim("rita", now(), LEASE));
        change(id, a -> a.decide("rita", Status.ACCEPTED, null, now(), GRACE));
        Application read = applications.find(id).orElseThrow();
        clearOutbox(id); // published meanwhile (e.g. by a replica whose clock ran ahead)
        read.takeBackDecision("rita", false, now(), LEASE);
        assertThatThrownBy(() -> applications.update(read)).isInstanceOfSatisfying(WorkflowException.class,
                e -> assertThat(e.code()).isEqualTo(WorkflowCode.GRACE_PERIOD_OVER));
        assertThat(raw(id).getString("status")).isEqualTo("ACCEPTED");
    }

    /** A new application, registered now; its id. */
    private UUID registerApplication() {
        UUID id = UUID.randomUUID();
        applications.insert(Application.register(Submissions.submission(id, now()), now()));
        return id;
    }

    private void change(UUID id, java.util.function.Consumer<Application> step) {
        Application a = applications.find(id).orElseThrow();
        step.accept(a);
        applications.update(a);
    }

    private void clearOutbox(UUID id) {
        mongo.getCollection("applications").updateOne(new Document("_id", id.toString()),
                new Document("$set", new Document("outbox", List.of())).append("$unset",
                        new Document("outboxSince", "").append("outboxDueAt", "").append("relay", "")));
    }

    /** The document has none of the outbox's marks: no waiting since, no due time, no relay's lease. */
    private void assertNoOutboxMarks(UUID id) {
        Document marks = raw(id);
        assertThat(List.of(marks.containsKey("outboxSince"), marks.containsKey("outboxDueAt"), marks.containsKey("relay")))
                .containsExactly(false, false, false);
    }

    private Document raw(UUID id) {
        return mongo.getCollection("applications").find(new Document("_id", id.toString())).first();
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
