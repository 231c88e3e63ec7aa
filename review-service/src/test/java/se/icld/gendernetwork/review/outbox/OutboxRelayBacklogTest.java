package se.icld.gendernetwork.review.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import se.icld.gendernetwork.review.ReviewProperties;
import se.icld.gendernetwork.review.application.OutboxEntry;
import se.icld.gendernetwork.review.application.Outboxes;

/**
 * A relay that is behind (each sweep finds a full batch) sweeps every round, but measures the backlog
 * for its gauges once per sweep interval: the measurement is an aggregation over every waiting
 * document, thousands of them in a deadline rush, and a gauge needs no fresher figure.
 */
class OutboxRelayBacklogTest {

    private static final Instant START = Instant.parse("2026-12-07T10:00:00Z");

    @Test
    void aRelayBehindSweepsEveryRoundButMeasuresTheBacklogOncePerSweepInterval() {
        BehindOutboxes outboxes = new BehindOutboxes();
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        ReviewProperties properties = new ReviewProperties(Duration.ofMinutes(30), Set.of("2024-01"),
                Duration.ofMillis(500), Duration.ofSeconds(5), Duration.ofSeconds(30));
        OutboxRelay relay = new OutboxRelay(outboxes, (id, entry) -> CompletableFuture.completedFuture(null), null,
                properties, registry, Clock.fixed(START, ZoneOffset.UTC));

        for (int round = 0; round < 10; round++) {
            relay.relayRound(START.plusMillis(400L * round));
        }

        assertThat(outboxes.sweeps).as("a full batch found: the next round sweeps again").isEqualTo(10);
        assertThat(outboxes.measurements).isEqualTo(1);
        assertThat(registry.get("review.outbox.backlog").gauge().value()).isEqualTo(12_000);

        relay.relayRound(START.plusSeconds(5));

        assertThat(outboxes.measurements).as("once the sweep interval is over").isEqualTo(2);
    }

    /** Thousands waiting: every sweep finds a full batch; the lease takes none (another replica holds them). */
    private static final class BehindOutboxes implements Outboxes {

        int sweeps;
        int measurements;

        @Override
        public List<String> waiting(Instant now, Instant dueBy, int limit) {
            sweeps++;
            return IntStream.range(0, limit).mapToObj(i -> UUID.randomUUID().toString()).toList();
        }

        @Override
        public List<PendingOutbox> lease(Collection<String> ids, String holder, Instant now, Instant dueBy, Duration lease) {
            return List.of();
        }

        @Override
        public void remove(String applicationId, OutboxEntry published, OutboxEntry next, String holder) {
            throw new AssertionError("nothing was leased");
        }

        @Override
        public void holdUntil(String applicationId, String holder, OutboxEntry held, Instant until) {
            throw new AssertionError("nothing was leased");
        }

        @Override
        public void retryLater(String applicationId, String holder, Instant retryAt) {
            throw new AssertionError("nothing was leased");
        }

        @Override
        public Backlog backlog(Instant now) {
            measurements++;
            return new Backlog(12_000, 12_000, START);
        }
    }
}
