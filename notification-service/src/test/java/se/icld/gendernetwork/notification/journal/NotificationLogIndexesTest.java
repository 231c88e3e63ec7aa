package se.icld.gendernetwork.notification.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Date;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;

import se.icld.gendernetwork.testsupport.TestServers;

/**
 * On a real MongoDB (where Docker runs: the tests' MongoDB is then a {@code mongo:8.0} container), the
 * log's periodic queries use the indexes {@link NotificationLog} creates: {@code explain()} shows an index
 * scan of the expected index and no collection scan. Skipped on mongo-java-server, which ignores secondary
 * indexes (the local stack's MongoDB emulates them; its own tests cover that).
 */
class NotificationLogIndexesTest {

    private MongoClient client;
    private MongoCollection<Document> entries;

    @BeforeEach
    void someEntries() {
        assumeTrue(TestServers.containers(), "needs a real MongoDB (Docker)");
        client = MongoClients.create(TestServers.mongoUri());
        MongoTemplate mongo = new MongoTemplate(client, "notification-indexes");
        mongo.dropCollection(NotificationLog.COLLECTION);
        new NotificationLog(mongo).indexes();
        entries = mongo.getCollection(NotificationLog.COLLECTION);
        for (int i = 0; i < 200; i++) {
            entries.insertOne(new Document("_id", "n" + i).append("status", i % 10 == 0 ? "PENDING" : "SENT")
                    .append("announced", i % 20 != 0).append("updatedAt", new Date(i * 1000L))
                    .append("nextAttemptAt", new Date(i * 1000L)).append("createdAt", new Date(i * 1000L)));
        }
    }

    @AfterEach
    void close() {
        if (client != null) {
            client.close();
        }
    }

    @Test
    void theAnnouncersPollReadsOnlyTheUnannouncedEntries() {
        Document unannounced = new Document("status", new Document("$in", List.of("SENT", "FAILED", "SUPPRESSED")))
                .append("announced", false);

        assertThat(plan(unannounced, new Document("updatedAt", 1))).contains("IXSCAN")
                .contains(NotificationLog.UNANNOUNCED_INDEX).doesNotContain("COLLSCAN");
    }

    @Test
    void theRetriesPollUsesTheStatusAndTimeIndex() {
        Document due = new Document("status", new Document("$in", List.of("PENDING", "RETRYING", "UNKNOWN")))
                .append("nextAttemptAt", new Document("$lte", new Date()));

        assertThat(plan(due, new Document("nextAttemptAt", 1))).contains("IXSCAN").doesNotContain("COLLSCAN");
    }

    @Test
    void theOldestUnsentIsReadFromTheStatusAndCreationIndex() {
        Document unsent = new Document("status", new Document("$in", List.of("PENDING", "RETRYING")));

        // The index's generated name: the sort's field alone would show in a blocking SORT stage too.
        assertThat(plan(unsent, new Document("createdAt", 1))).contains("IXSCAN").contains("status_1_createdAt_1")
                .doesNotContain("COLLSCAN");
    }

    private String plan(Document filter, Document sort) {
        Document explained = entries.find(filter).sort(sort).limit(10).explain();
        return explained.get("queryPlanner", Document.class).get("winningPlan", Document.class).toJson();
    }
}
