package se.icld.gendernetwork.review.application.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.data.mongodb.core.query.Update;

import se.icld.gendernetwork.contracts.calls.Calls;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted;
import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.ApplicationFigures;
import se.icld.gendernetwork.review.application.ApplicationQueries;
import se.icld.gendernetwork.review.application.ApplicationQueries.QueueFilter;
import se.icld.gendernetwork.review.application.ApplicationQueries.QueuePosition;
import se.icld.gendernetwork.review.application.QueueOrder;
import se.icld.gendernetwork.review.application.QueueView;
import se.icld.gendernetwork.review.application.Status;

/**
 * The read side by call, as the database answers it: the queue (with the other filters, a view, keyset
 * paging), its count and stream, the counts by status per call and in one call, by country, the median
 * time to decision and the overview's figures of one call. An application stored before calls existed
 * (no {@code callId} in its document) belongs to the default call.
 */
@DataMongoTest
class MongoCallQueriesSliceTest extends EmptyStoreSliceSupport {

    private static final Instant T0 = Instant.now().truncatedTo(ChronoUnit.MILLIS).minus(Duration.ofDays(10));
    private static final String OTHER = "network-2026";

    @Autowired
    private ApplicationQueries queries;

    @Autowired
    private ApplicationFigures figures;

    private int sequence;

    @Test
    void theQueueOfACallHoldsItsApplicationsAndTheDefaultCallsThoseFromBeforeCalls() {
        UUID old = registered(Calls.DEFAULT_CALL, "GT");
        // A document written before calls existed has no callId at all.
        mongo.updateFirst(query(where("_id").is(old.toString())), new Update().unset("callId"), "applications");
        assertThat(mongo.findById(old.toString(), Document.class, "applications")).doesNotContainKey("callId");
        UUID network = registered(Calls.DEFAULT_CALL, "CO");
        UUID second = registered(OTHER, "GT");
        UUID secondColombia = registered(OTHER, "CO");

        assertThat(ids(inCall(Calls.DEFAULT_CALL))).containsExactly(old, network);
        assertThat(ids(inCall(OTHER))).containsExactly(second, secondColombia);
        assertThat(ids(inCall(null))).containsExactly(old, network, second, secondColombia);
        assertThat(ids(inCall("nobody-calls"))).isEmpty();
        assertThat(queries.count(inCall(OTHER))).isEqualTo(2);
        assertThat(queries.count(inCall(Calls.DEFAULT_CALL))).isEqualTo(2);

        // With the other filters and a view: all of them apply.
        QueueFilter colombiaInOther = new QueueFilter(null, "CO", null, null, "alice", QueueView.OPEN, null, null, null,
                Instant.now(), OTHER);
        assertThat(ids(colombiaInOther)).containsExactly(secondColombia);
        assertThat(queries.count(colombiaInOther.in(QueueView.ALL))).isEqualTo(1);

        // Keyset paging stays within the call.
        List<Application> first = queries.queueAfter(inCall(Calls.DEFAULT_CALL), QueueOrder.OLDEST,
                new QueuePosition(T0.minusSeconds(1), ""), 1);
        assertThat(first).extracting(Application::id).containsExactly(old.toString());
        assertThat(queries.queueAfter(inCall(Calls.DEFAULT_CALL), QueueOrder.OLDEST, QueuePosition.of(first.get(0)), 5))
                .extracting(Application::id).containsExactly(network.toString());
        assertThat(queries.queueAfter(inCall(OTHER), QueueOrder.NEWEST,
                QueuePosition.of(queries.queue(inCall(OTHER), QueueOrder.NEWEST, 0, 1).get(0)), 5))
                .extracting(Application::id).containsExactly(second.toString());

        // The export's stream.
        try (Stream<Application> streamed = queries.stream(inCall(OTHER), QueueOrder.OLDEST)) {
            assertThat(streamed.map(Application::id)).containsExactly(second.toString(), secondColombia.toString());
        }
        // What the stored document without callId reads as.
        assertThat(applications.find(old).orElseThrow().callId()).isEqualTo(Calls.DEFAULT_CALL);
    }

    @Test
    void theCountsByStatusPerCallAndOfOneCall() {
        UUID old = registered(Calls.DEFAULT_CALL, "GT");
        mongo.updateFirst(query(where("_id").is(old.toString())), new Update().unset("callId"), "applications");
        UUID decided = registered(Calls.DEFAULT_CALL, "CO");
        decide(decided, Duration.ofDays(2));
        UUID second = registered(OTHER, "GT");
        decide(second, Duration.ofDays(4));
        registered(OTHER, "GT");
        UUID withdrawn = registered(OTHER, "CO");
        Application w = applications.find(withdrawn).orElseThrow();
        w.withdraw(T0);
        applications.update(w);

        Map<String, Map<Status, Long>> byCall = queries.countByCallAndStatus();
        assertThat(byCall).containsOnlyKeys(Calls.DEFAULT_CALL, OTHER);
        assertThat(byCall.get(Calls.DEFAULT_CALL)).containsEntry(Status.RECEIVED, 1L).containsEntry(Status.ACCEPTED, 1L)
                .containsEntry(Status.WITHDRAWN, 0L).hasSize(Status.values().length);
        assertThat(byCall.get(OTHER)).containsEntry(Status.RECEIVED, 1L).containsEntry(Status.ACCEPTED, 1L)
                .containsEntry(Status.WITHDRAWN, 1L);

        assertThat(queries.countByStatus(OTHER)).containsEntry(Status.RECEIVED, 1L).containsEntry(Status.WITHDRAWN, 1L)
                .containsEntry(Status.ACCEPTED, 1L).containsEntry(Status.IN_REVIEW, 0L);
        assertThat(queries.countByStatus(Calls.DEFAULT_CALL)).containsEntry(Status.RECEIVED, 1L)
                .containsEntry(Status.WITHDRAWN, 0L);
        assertThat(queries.countByStatus(null).values().stream().mapToLong(Long::longValue).sum()).isEqualTo(5);
        assertThat(queries.countByCountryAndStatus(OTHER)).containsOnlyKeys("GT", "CO");
        assertThat(queries.countByCountryAndStatus(OTHER).get("CO")).containsOnly(Map.entry(Status.WITHDRAWN, 1L));
        assertThat(queries.countByCountryAndStatus(Calls.DEFAULT_CALL).get("CO")).containsOnly(Map.entry(Status.ACCEPTED, 1L));

        ApplicationQueries.DecisionTimes times = queries.timesToFirstDecision(OTHER);
        assertThat(times.decided()).isEqualTo(1);
        assertThat(times.median()).isEqualTo(Duration.ofDays(4));
        assertThat(queries.timesToFirstDecision(Calls.DEFAULT_CALL).median()).isEqualTo(Duration.ofDays(2));
        assertThat(queries.timesToFirstDecision(null).decided()).isEqualTo(2);

        ApplicationFigures.Figures ofOther = figures.figures(OTHER);
        assertThat(ofOther.total()).isEqualTo(3);
        assertThat(ofOther.byStatus()).containsEntry(Status.WITHDRAWN, 1L).containsEntry(Status.ACCEPTED, 1L);
        assertThat(ofOther.decided()).isEqualTo(1);
        assertThat(ofOther.medianTimeToDecision()).isEqualTo(Duration.ofDays(4));
        ApplicationFigures.Figures ofDefault = figures.figures(Calls.DEFAULT_CALL);
        assertThat(ofDefault.total()).isEqualTo(2);
        assertThat(ofDefault.medianTimeToDecision()).isEqualTo(Duration.ofDays(2));
        assertThat(figures.figures(null).total()).isEqualTo(5);
    }

    private void decide(UUID id, Duration after) {
        Application a = applications.find(id).orElseThrow();
        a.claim("alice", a.submittedAt().plus(after).minusSeconds(60), Duration.ofMinutes(30));
        a.decide("alice", Status.ACCEPTED, null, a.submittedAt().plus(after));
        applications.update(a);
    }

    private static QueueFilter inCall(String callId) {
        return new QueueFilter(null, null, null, null, null, QueueView.ALL, null, null, null, null, callId);
    }

    private List<UUID> ids(QueueFilter filter) {
        return queries.queue(filter, QueueOrder.OLDEST, 0, 50).stream().map(a -> UUID.fromString(a.id())).toList();
    }

    /** Submitted one second apart, in the order made, to {@code callId}. */
    private UUID registered(String callId, String country) {
        Instant submitted = T0.plusSeconds(sequence++);
        InterestSubmitted s = new InterestSubmitted(UUID.randomUUID(), submitted, UUID.randomUUID(), "GEN-7K3Q-9XDA", "hash",
                new InterestSubmitted.Applicant("María López", "maria.lopez@example.org", null, "Directora", "es"),
                new InterestSubmitted.Municipality("Panajachel", "Región", country), "Queremos unirnos a la red.",
                List.of("POLITICAL_PARTICIPATION"), new InterestSubmitted.Workshops(true, true), true, true,
                new InterestSubmitted.Consent(true, "2024-01"), callId);
        applications.insert(Application.register(s, submitted));
        return s.submissionId();
    }
}
