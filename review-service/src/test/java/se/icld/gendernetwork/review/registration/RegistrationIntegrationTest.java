package se.icld.gendernetwork.review.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import io.micrometer.core.instrument.MeterRegistry;
import se.icld.gendernetwork.contracts.GoldenSamples;
import se.icld.gendernetwork.contracts.Topics;
import se.icld.gendernetwork.review.ReviewTestSupport;
import se.icld.gendernetwork.testsupport.TestTopics;
import tools.jackson.databind.JsonNode;

/** Submissions from Kafka become applications exactly once; what can never be processed is dead-lettered. */
class RegistrationIntegrationTest extends ReviewTestSupport {

    static final String DLQ = "intake.submissions.v1.review-service.dlq";

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MeterRegistry meters;

    @Test
    void submissionIsStoredOnceAndAnnouncedWithTheGoldenShape() {
        UUID id = UUID.randomUUID();
        try (KafkaConsumer<String, String> events = TestTopics.consumer(Topics.APPLICATIONS)) {
            String submission = submissionJson(id);
            double duplicatesBefore = meters.counter("review.submissions.duplicates").count();

            TestTopics.send(Topics.SUBMISSIONS, id.toString(), submission);
            TestTopics.send(Topics.SUBMISSIONS, id.toString(), submission);

            await().atMost(Duration.ofSeconds(30)).until(() -> stored(id) != null);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> meters.counter("review.submissions.duplicates").count() > duplicatesBefore);
            Document stored = stored(id);
            assertThat(stored.getString("status")).isEqualTo("RECEIVED");
            assertThat(stored.getString("reference")).isEqualTo("GEN-7K3Q-9XDA");
            assertThat(stored.get("applicant", Document.class).getString("email")).isEqualTo("maria.lopez@example.org");
            assertThat(stored.getList("history", Document.class)).extracting(h -> h.getString("action"))
                    .containsExactly("REGISTERED");
            assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(
                    org.springframework.data.mongodb.core.query.Criteria.where("_id").is(id.toString())), "applications"))
                    .isEqualTo(1);

            List<ConsumerRecord<String, String>> announced = TestTopics.pollKey(events, id.toString(), 1);
            assertThat(announced).hasSize(1);
            JsonNode event = json.readTree(announced.get(0).value());
            JsonNode golden = json.readTree(GoldenSamples.json("ApplicationRegistered"));
            assertThat(event.propertyNames()).containsExactlyInAnyOrderElementsOf(golden.propertyNames());
            assertThat(event.get("type").asString()).isEqualTo("ApplicationRegistered");
            assertThat(event.get("recipient").get("language").asString()).isEqualTo("es");
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> stored(id).getList("outbox", Document.class).isEmpty());
        }
    }

    @Test
    void malformedAndInvalidSubmissionsAreDeadLetteredWithoutPersonalData() {
        String malformedKey = UUID.randomUUID().toString();
        String mistypedKey = UUID.randomUUID().toString();
        UUID invalidId = UUID.randomUUID();
        try (KafkaConsumer<String, String> dlq = TestTopics.consumer(DLQ)) {
            TestTopics.send(Topics.SUBMISSIONS, malformedKey, "{\"submissionId\": \"not json");
            // A value of the wrong type: Jackson's own message would quote it.
            TestTopics.send(Topics.SUBMISSIONS, mistypedKey, submissionJson(UUID.randomUUID())
                    .replace("\"focusAreas\": [", "\"focusAreas\": \"maria.lopez@example.org\", \"x\": ["));
            TestTopics.send(Topics.SUBMISSIONS, invalidId.toString(),
                    submissionJson(invalidId).replace("\"GT\"", "\"SE\""));
            UUID validAfter = UUID.randomUUID();
            TestTopics.send(Topics.SUBMISSIONS, validAfter.toString(), submissionJson(validAfter));

            List<ConsumerRecord<String, String>> dead = TestTopics.poll(dlq,
                    r -> malformedKey.equals(r.key()) || mistypedKey.equals(r.key()) || invalidId.toString().equals(r.key()),
                    3, Duration.ofSeconds(60));

            assertThat(dead).extracting(ConsumerRecord::key)
                    .containsExactlyInAnyOrder(malformedKey, mistypedKey, invalidId.toString());
            for (ConsumerRecord<String, String> record : dead) {
                for (var header : record.headers()) {
                    assertThat(new String(header.value(), StandardCharsets.UTF_8)).as(header.key())
                            .doesNotContain("maria.lopez@example.org", "López");
                }
            }
            ConsumerRecord<String, String> invalid = dead.stream()
                    .filter(r -> r.key().equals(invalidId.toString())).findFirst().orElseThrow();
            String message = new String(invalid.headers().lastHeader("x-exception-message").value(), StandardCharsets.UTF_8);
            assertThat(message).contains("municipality.country").doesNotContain("maria", "López", "SE");
            assertThat(stored(invalidId)).isNull();
            // The partition was not blocked: a valid submission after them is registered.
            await().atMost(Duration.ofSeconds(30)).until(() -> stored(validAfter) != null);
        }
    }

    @Test
    void theSameIdWithOtherContentIsKeptAsAConflictCountedOnceAndNeverReplacesTheApplication() {
        UUID id = UUID.randomUUID();
        String maria = submissionJson(id);
        String registeredHash = json.readTree(maria).get("contentHash").asString();
        String otherHash = "a".repeat(64);
        String ana = maria.replace("María López", "Ana Gómez").replace("maria.lopez@", "ana.gomez@")
                .replace(registeredHash, otherHash);
        double conflictsBefore = meters.counter("review.submissions.conflicts").count();
        double duplicatesBefore = meters.counter("review.submissions.duplicates").count();

        TestTopics.send(Topics.SUBMISSIONS, id.toString(), maria);
        await().atMost(Duration.ofSeconds(30)).until(() -> stored(id) != null);
        TestTopics.send(Topics.SUBMISSIONS, id.toString(), ana);
        TestTopics.send(Topics.SUBMISSIONS, id.toString(), ana);
        // Same key, same partition, after the two: once it is absorbed, both were processed (and committed).
        TestTopics.send(Topics.SUBMISSIONS, id.toString(), maria);

        await().atMost(Duration.ofSeconds(30))
                .until(() -> meters.counter("review.submissions.duplicates").count() > duplicatesBefore);
        assertThat(meters.counter("review.submissions.conflicts").count()).isEqualTo(conflictsBefore + 1);
        Document application = stored(id);
        assertThat(application.get("applicant", Document.class).getString("fullName")).isEqualTo("María López");
        assertThat(application.getString("contentHash")).isEqualTo(registeredHash);
        List<Document> conflicts = mongo.getCollection("submission_conflicts")
                .find(new Document("submissionId", id.toString())).into(new java.util.ArrayList<>());
        assertThat(conflicts).hasSize(1);
        Document conflict = conflicts.get(0);
        assertThat(conflict.getString("_id")).isEqualTo(id + ":" + otherHash);
        assertThat(conflict.getString("registeredContentHash")).isEqualTo(registeredHash);
        assertThat(conflict.getString("conflictingContentHash")).isEqualTo(otherHash);
        assertThat(conflict.getString("eventId")).isEqualTo(json.readTree(ana).get("eventId").asString());
        assertThat(conflict.toJson()).as("ids and hashes only").doesNotContain("Ana", "ana.gomez", "María");
    }

    private Document stored(UUID id) {
        return mongo.getCollection("applications").find(new Document("_id", id.toString())).first();
    }
}
