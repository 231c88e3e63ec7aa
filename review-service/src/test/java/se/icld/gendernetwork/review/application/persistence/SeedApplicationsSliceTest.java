package se.icld.gendernetwork.review.application.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.data.mongodb.core.query.Query;

import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.ApplicationQueries;
import se.icld.gendernetwork.review.application.ApplicationQueries.QueuePosition;
import se.icld.gendernetwork.review.application.ApplicationQueries.QueueFilter;
import se.icld.gendernetwork.review.application.OutboxEntry;
import se.icld.gendernetwork.review.application.Outboxes;
import se.icld.gendernetwork.review.application.Outboxes.PendingOutbox;
import se.icld.gendernetwork.review.application.Status;

/**
 * The seeding benchmark's documents ({@link SeedApplications}) are the ones review writes and reads:
 * the same changes made through the store, with the relay's removal of their events, leave the same
 * document, and the queue, detail, counts and median read the seeded applications.
 */
@DataMongoTest
class SeedApplicationsSliceTest extends EmptyStoreSliceSupport {

    private static final int COUNT = 300;
    private static final Instant ANCHOR = Instant.now().minus(Duration.ofHours(1));

    @Autowired
    private ApplicationQueries queries;

    @Autowired
    private Outboxes outboxes;

    @Test
    void aSeededDocumentIsTheOneTheStoreWritesForTheSameChangesOnceTheirEventsArePublished() {
        List<SeedApplications.Seed> seeds = seeds();
        Map<String, Document> written = new HashMap<>();
        for (SeedApplications.Seed seed : seeds) {
            Application registered = seed.registered();
            applications.insert(registered);
            published(registered.id());
            for (Consumer<Application> step : seed.steps()) {
                Application loaded = applications.find(registered.uuid()).orElseThrow();
                step.accept(loaded);
                applications.update(loaded);
                published(registered.id());
            }
            written.put(registered.id(), raw(registered.id()));
        }
        mongo.remove(new Query(), MongoApplications.COLLECTION);

        SeedApplications.Result result = SeedApplications.seed(mongo, COUNT, ANCHOR, (done, inserted) -> { });

        assertThat(result.inserted()).isEqualTo(COUNT);
        for (SeedApplications.Seed seed : seeds) {
            String id = SeedApplications.id(seed.n());
            assertThat(raw(id)).as(id + " after " + seed.steps().size() + " changes").isEqualTo(written.get(id));
        }
        // Every status occurs, and both calls.
        assertThat(seeds).extracting(s -> s.result().status()).contains(Status.values());
        assertThat(seeds).extracting(s -> s.result().callId()).contains("network-2024", "partnership-2025");
    }

    @Test
    void reviewReadsTheSeededApplicationsAndNoEventWaits() {
        List<SeedApplications.Seed> seeds = seeds();
        SeedApplications.seed(mongo, COUNT, ANCHOR, (done, inserted) -> { });
        QueueFilter all = new QueueFilter(null, null, null, null);

        List<Application> first = queries.queue(all, 0, 20);
        assertThat(first).extracting(Application::id)
                .containsExactlyElementsOf(seeds.subList(0, 20).stream().map(s -> SeedApplications.id(s.n())).toList());
        assertThat(queries.queueAfter(all, QueuePosition.of(first.get(19)), 20)).extracting(Application::id)
                .containsExactlyElementsOf(seeds.subList(20, 40).stream().map(s -> SeedApplications.id(s.n())).toList());
        Map<Status, Long> byStatus = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            byStatus.put(status, seeds.stream().filter(s -> s.result().status() == status).count());
        }
        assertThat(queries.countByStatus()).isEqualTo(byStatus);
        assertThat(queries.count(new QueueFilter(Status.IN_REVIEW, "GT", null, null))).isEqualTo(seeds.stream()
                .filter(s -> s.result().status() == Status.IN_REVIEW && s.result().municipality().country().equals("GT"))
                .count());
        assertThat(queries.timesToFirstDecision().decided())
                .isEqualTo(seeds.stream().filter(s -> s.result().decision() != null).count());
        for (SeedApplications.Seed seed : seeds.subList(0, 50)) {
            Application read = applications.find(seed.result().uuid()).orElseThrow();
            assertThat(read).usingRecursiveComparison().isEqualTo(seed.result());
        }
        assertThat(outboxes.backlog().applications()).isZero();
        assertThat(mongo.exists(query(where("outboxSince").exists(true)), MongoApplications.COLLECTION)).isFalse();
    }

    /** The seeds of a seeding of {@value #COUNT}, as {@link SeedApplications#seed} makes them. */
    private static List<SeedApplications.Seed> seeds() {
        SeedApplications.Generator generator = new SeedApplications.Generator(COUNT, ANCHOR);
        List<SeedApplications.Seed> seeds = new ArrayList<>();
        while (generator.hasNext()) {
            seeds.add(generator.next());
        }
        return seeds;
    }

    /** What the relay does once the broker acknowledged each event: removes them in order, the last with the lease. */
    private void published(String id) {
        Instant now = Instant.now();
        for (PendingOutbox pending : outboxes.lease(List.of(id), "slice-test", now, now, Duration.ofMinutes(1))) {
            List<OutboxEntry> entries = pending.entries();
            for (int i = 0; i < entries.size(); i++) {
                outboxes.remove(id, entries.get(i), i + 1 < entries.size() ? entries.get(i + 1) : null, "slice-test");
            }
        }
    }

    private Document raw(String id) {
        return mongo.findById(id, Document.class, MongoApplications.COLLECTION);
    }
}
