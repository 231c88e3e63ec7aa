package se.icld.gendernetwork.review.application.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;

import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.ApplicationQueries;
import se.icld.gendernetwork.review.application.ApplicationQueries.QueueFilter;
import se.icld.gendernetwork.review.application.Submissions;
import se.icld.gendernetwork.review.application.Status;

/** The read side, computed by the database: queue order and filters, counts, the median. */
@DataMongoTest
class MongoApplicationQueriesSliceTest extends EmptyStoreSliceSupport {

    private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.MILLIS).minus(Duration.ofDays(10));
    private static final Duration LEASE = Duration.ofDays(30);

    @Autowired
    private ApplicationQueries queries;

    @Test
    void theMedianIsThatOfTheFirstDecisionsAndOnlyDecidedApplicationsCount() {
        assertThat(queries.timesToFirstDecision()).isEqualTo(new ApplicationQueries.DecisionTimes(0, null));
        decidedAfter(Duration.ofHours(1), "GT");
        decidedAfter(Duration.ofHours(5), "GT");
        // Waitlisted after 3 h, accepted a week later: its time is the first decision's.
        UUID promoted = decidedAfter(Duration.ofHours(3), "CO");
        change(promoted, a -> a.claim("bob", T0.plus(Duration.ofDays(7)), LEASE));
        change(promoted, a -> a.decide("bob", Status.ACCEPTED, null, T0.plus(Duration.ofDays(7))));
        registered(UUID.randomUUID(), "GT");

        assertThat(queries.timesToFirstDecision()).isEqualTo(new ApplicationQueries.DecisionTimes(3, Duration.ofHours(3)));

        decidedAfter(Duration.ofHours(4), "CO");
        assertThat(queries.timesToFirstDecision().median()).isEqualTo(Duration.ofMinutes(210));
    }

    @Test
    void countsByStatusAndByCountryAndStatus() {
        decidedAfter(Duration.ofHours(1), "GT");
        registered(UUID.randomUUID(), "GT");
        registered(UUID.randomUUID(), "CO");

        assertThat(queries.countByStatus()).containsEntry(Status.RECEIVED, 2L).containsEntry(Status.WAITLISTED, 1L)
                .containsEntry(Status.WITHDRAWN, 0L).hasSize(Status.values().length);
        assertThat(queries.countByCountryAndStatus().get("GT")).containsEntry(Status.RECEIVED, 1L)
                .containsEntry(Status.WAITLISTED, 1L);
        assertThat(queries.countByCountryAndStatus().get("CO")).containsOnlyKeys(Status.RECEIVED);
    }

    @Test
    void theQueueIsOldestFirstFilteredAndPaged() {
        UUID co = registered(UUID.randomUUID(), "CO");
        UUID gt = registered(UUID.randomUUID(), "GT");
        UUID decided = decidedAfter(Duration.ofHours(1), "GT");
        QueueFilter all = new QueueFilter(null, null, null, null);

        assertThat(queries.queue(all, 0, 10)).extracting(Application::id)
                .containsExactly(co.toString(), gt.toString(), decided.toString());
        assertThat(queries.queue(all, 1, 1)).extracting(Application::id).containsExactly(gt.toString());
        assertThat(queries.queue(new QueueFilter(Status.RECEIVED, "gt ", null, "PANAJ"), 0, 10))
                .extracting(Application::id).containsExactly(gt.toString());
        assertThat(queries.count(new QueueFilter(null, "GT", null, null))).isEqualTo(2);
        assertThat(queries.queue(all, 0, 1).get(0).outbox()).isEmpty();
    }

    @Test
    void aPageByPositionStartsRightAfterIt() {
        UUID first = registered(UUID.randomUUID(), "GT");
        UUID second = registered(UUID.randomUUID(), "CO");
        UUID third = registered(UUID.randomUUID(), "GT");
        Application a = applications.find(first).orElseThrow();
        QueueFilter all = new QueueFilter(null, null, null, null);

        assertThat(queries.queueAfter(all, new ApplicationQueries.QueuePosition(a.submittedAt(), a.id()), 10))
                .extracting(Application::id).containsExactly(second.toString(), third.toString());
        assertThat(queries.queueAfter(new QueueFilter(null, "GT", null, null),
                new ApplicationQueries.QueuePosition(a.submittedAt(), a.id()), 10))
                .extracting(Application::id).containsExactly(third.toString());
        // Same submission time: the id decides.
        assertThat(queries.queueAfter(all, new ApplicationQueries.QueuePosition(a.submittedAt(), ""), 1))
                .extracting(Application::id).containsExactly(first.toString());
    }

    private UUID decidedAfter(Duration after, String country) {
        UUID id = registered(UUID.randomUUID(), country);
        Instant at = applications.find(id).orElseThrow().submittedAt().plus(after);
        change(id, a -> a.claim("alice", at, LEASE));
        change(id, a -> a.decide("alice", Status.WAITLISTED, null, at));
        return id;
    }

    private static int sequence;

    private UUID registered(UUID id, String country) {
        // Submitted one second apart, in the order registered.
        Instant submitted = T0.plusSeconds(sequence++);
        applications.insert(Application.register(Submissions.submission(id, submitted, country), submitted));
        return id;
    }

    private void change(UUID id, Consumer<Application> action) {
        Application a = applications.find(id).orElseThrow();
        action.accept(a);
        applications.update(a);
    }
}
