package se.icld.gendernetwork.review.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import se.icld.gendernetwork.review.ReviewProperties;
import se.icld.gendernetwork.review.application.OutboxEntry;
import se.icld.gendernetwork.review.application.Outboxes;
import se.icld.gendernetwork.support.TraceContexts;

/**
 * What the rounds of a relay that is behind read (thousands waiting: each sweep finds a full batch).
 * It sweeps every round while it has room, but measures the backlog for its gauges once per sweep
 * interval: the measurement is an aggregation over every waiting document, thousands of them in a
 * deadline rush, and a gauge needs no fresher figure. With its whole batch in flight (published,
 * acknowledgements pending) it does not sweep for more until there is room again, or once a sweep
 * interval: each sweep reads the batch in flight at the front of the index before it finds anything
 * it could take, on the relay's one thread, between the acknowledgements it handles.
 */
class OutboxRelayRoundsTest {

    private static final Instant START = Instant.parse("2026-12-07T10:00:00Z");
    private static final Duration LONG = Duration.ofHours(1);

    @Test
    void aRelayBehindSweepsEveryRoundButMeasuresTheBacklogOncePerSweepInterval() {
        BacklogOutboxes outboxes = new BacklogOutboxes(false);
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        ReviewProperties properties = new ReviewProperties(Duration.ofMinutes(30), Set.of("2024-01"),
                Duration.ofMillis(500), Duration.ofSeconds(5), Duration.ofSeconds(30));
        OutboxRelay relay = new OutboxRelay(outboxes, (id, entry) -> CompletableFuture.completedFuture(null), null,
                properties, registry, Clock.fixed(START, ZoneOffset.UTC));

        for (int round = 0; round < 10; round++) {
            relay.relayRound(START.plusMillis(400L * round));
        }

        assertThat(outboxes.sweeps.get()).as("a full batch found: the next round sweeps again").isEqualTo(10);
        assertThat(outboxes.measurements.get()).isEqualTo(1);
        assertThat(registry.get("review.outbox.backlog").gauge().value()).isEqualTo(12_000);

        relay.relayRound(START.plusSeconds(5));

        assertThat(outboxes.measurements.get()).as("once the sweep interval is over").isEqualTo(2);
    }

    @Test
    void aRelayWithItsBatchInFlightSweepsOncePerSweepIntervalNotEveryRound() {
        BacklogOutboxes outboxes = new BacklogOutboxes(true);
        StaticListableBeanFactory none = new StaticListableBeanFactory();
        TraceContexts traces = new TraceContexts(none.getBeanProvider(Tracer.class), none.getBeanProvider(Propagator.class));
        // Intervals and lease of an hour: the only scheduled round is the first, at start.
        ReviewProperties properties = new ReviewProperties(Duration.ofMinutes(30), Set.of("2024-01"), LONG, LONG, LONG);
        AtomicInteger published = new AtomicInteger();
        // The broker never acknowledges: what is published stays in flight.
        EventPublisher unacknowledged = (id, entry) -> {
            published.incrementAndGet();
            return new CompletableFuture<>();
        };
        OutboxRelay relay = new OutboxRelay(outboxes, unacknowledged, traces, properties, new SimpleMeterRegistry(),
                Clock.systemUTC());

        relay.start();
        try {
            // The first round, at start: a sweep, a full batch leased and published.
            await().atMost(Duration.ofSeconds(10)).until(() -> published.get() == OutboxRelay.BATCH);
            assertThat(outboxes.sweeps.get()).isEqualTo(1);

            for (int round = 0; round < 10; round++) {
                assertThat(relay.relayRound(Instant.now())).as("no room: nothing leased").isZero();
            }
            assertThat(outboxes.sweeps.get()).as("the batch in flight: no sweep in these rounds").isEqualTo(1);

            relay.relayRound(Instant.now().plus(LONG));
            assertThat(outboxes.sweeps.get()).as("once the sweep interval is over").isEqualTo(2);
            assertThat(outboxes.leased.get()).as("still no room").isEqualTo(OutboxRelay.BATCH);
        } finally {
            relay.stop();
        }
        assertThat(outboxes.givenBack.get()).as("stop gives the leases back").isEqualTo(OutboxRelay.BATCH);
    }

    /** Thousands waiting: every sweep finds a full batch; the lease takes what it is given, or none (another replica holds them). */
    private static final class BacklogOutboxes implements Outboxes {

        final boolean leaseTakes;
        final AtomicInteger sweeps = new AtomicInteger();
        final AtomicInteger measurements = new AtomicInteger();
        final AtomicInteger leased = new AtomicInteger();
        final AtomicInteger givenBack = new AtomicInteger();

        BacklogOutboxes(boolean leaseTakes) {
            this.leaseTakes = leaseTakes;
        }

        @Override
        public List<String> waiting(Instant now, Instant dueBy, int limit) {
            sweeps.incrementAndGet();
            return IntStream.range(0, limit).mapToObj(i -> UUID.randomUUID().toString()).toList();
        }

        @Override
        public List<PendingOutbox> lease(Collection<String> ids, String holder, Instant now, Instant dueBy, Duration lease) {
            if (!leaseTakes) {
                return List.of();
            }
            leased.addAndGet(ids.size());
            return ids.stream().map(id -> new PendingOutbox(id, List.of(new OutboxEntry(UUID.randomUUID().toString(),
                    "ApplicationRegistered", "{}", now, null)), 0)).toList();
        }

        @Override
        public void remove(String applicationId, OutboxEntry published, OutboxEntry next, String holder) {
            throw new AssertionError("no publish was acknowledged");
        }

        @Override
        public void holdUntil(String applicationId, String holder, OutboxEntry held, Instant until) {
            throw new AssertionError("nothing is held");
        }

        @Override
        public void retryLater(String applicationId, String holder, Instant retryAt) {
            givenBack.incrementAndGet();
        }

        @Override
        public Backlog backlog(Instant now) {
            measurements.incrementAndGet();
            return new Backlog(12_000, 12_000, START);
        }
    }
}
