package se.icld.gendernetwork.review.application.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;

import com.mongodb.client.MongoCollection;

import se.icld.gendernetwork.contracts.intake.InterestSubmitted;
import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.Submissions;
import se.icld.gendernetwork.testsupport.TestServers;

/**
 * On a real MongoDB (where Docker runs: the tests' MongoDB is then a {@code mongo:8.0} container),
 * the hot queries use the indexes {@link ApplicationIndexes} creates: {@code explain()} shows an
 * index scan of the expected index. Skipped on mongo-java-server, which ignores secondary indexes.
 */
@DataMongoTest
class ApplicationIndexesSliceTest extends PersistenceSliceSupport {

    @BeforeEach
    void someApplications() {
        assumeTrue(TestServers.containers(), "needs a real MongoDB (Docker)");
        new ApplicationIndexes(mongo).create();
        for (int i = 0; i < 50; i++) {
            applications.insert(Application.register(submission(UUID.randomUUID()), Instant.now()));
        }
    }

    @Test
    void theRelaysPollUsesTheWaitingIndex() {
        // Free of a lease, and not held by a decision's grace period (outboxDueAt), as MongoOutboxes asks.
        Document waiting = new Document("outboxSince", new Document("$exists", true))
                .append("$and", List.of(
                        new Document("$or", List.of(new Document("relay", new Document("$exists", false)),
                                new Document("relay.until", new Document("$lte", new Date())))),
                        new Document("$or", List.of(new Document("outboxDueAt", new Document("$exists", false)),
                                new Document("outboxDueAt", new Document("$lte", new Date()))))));

        assertThat(plan(waiting, new Document("outboxSince", 1))).contains("IXSCAN").contains("outbox_waiting");
    }

    @Test
    void theQueueUsesItsIndexesForFilterAndOrder() {
        Document oldestFirst = new Document("submittedAt", 1).append("_id", 1);

        assertThat(plan(new Document(), oldestFirst)).contains("queue_oldest_first");
        // Several indexes give this order; whichever the planner picks, no scan and no sort in memory.
        for (Document filter : List.of(new Document("status", "RECEIVED"),
                new Document("municipality.country", "GT").append("status", "RECEIVED"))) {
            assertThat(plan(filter, oldestFirst)).as(filter.toJson()).contains("IXSCAN").doesNotContain("COLLSCAN")
                    .doesNotContain("\"stage\": \"SORT\"");
        }
        // The orders by average score and by municipality have an index each.
        assertThat(plan(new Document(), new Document("reviewAverage", -1).append("submittedAt", 1).append("_id", 1)))
                .contains("queue_by_score");
        assertThat(plan(new Document(), new Document("municipality.name", 1).append("submittedAt", 1).append("_id", 1)))
                .contains("queue_by_municipality");
    }

    @Test
    void aPartnershipApplicationsNetworkApplicationIsFoundByTheReferenceIndex() {
        assertThat(plan(new Document("reference", "GEN-7K3Q-9XDA"), new Document("submittedAt", 1).append("_id", 1)))
                .contains("IXSCAN").contains("by_reference").doesNotContain("\"stage\": \"SORT\"");
    }

    @Test
    void theMedianReadsTheDecisionTimeIndex() {
        assertThat(plan(new Document("decisionMillis", new Document("$exists", true)), new Document("decisionMillis", 1)))
                .contains("IXSCAN").contains("time_to_first_decision");
    }

    /** The winning plan of a find, as JSON. */
    private String plan(Document filter, Document sort) {
        MongoCollection<Document> collection = mongo.getCollection(MongoApplications.COLLECTION);
        Document explained = collection.find(filter).sort(sort).limit(10).explain();
        return explained.get("queryPlanner", Document.class).get("winningPlan", Document.class).toJson();
    }

    private static InterestSubmitted submission(UUID id) {
        return Submissions.submission(id, Instant.now().truncatedTo(ChronoUnit.MILLIS).minus(Duration.ofMinutes(1)));
    }
}
