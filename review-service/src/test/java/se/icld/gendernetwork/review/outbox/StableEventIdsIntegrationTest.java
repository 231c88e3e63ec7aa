package se.icld.gendernetwork.review.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import se.icld.gendernetwork.contracts.Topics;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted;
import se.icld.gendernetwork.review.ReviewTestSupport;
import se.icld.gendernetwork.testsupport.TestTopics;

/**
 * Guarantee 4's replay case end to end: an application restored away (its document gone, as after
 * a restore from a backup taken before it) and registered again from the same submission (the
 * consumer group reset to the backup time) is announced again with the same event id, which
 * notification's once-only check recognises.
 */
class StableEventIdsIntegrationTest extends ReviewTestSupport {

    @Autowired
    private MongoTemplate mongo;

    @Test
    void aReRegistrationAnnouncesTheSameEventId() {
        UUID id = UUID.randomUUID();
        InterestSubmitted submission = json.readValue(submissionJson(id), InterestSubmitted.class);
        try (KafkaConsumer<String, String> events = TestTopics.consumer(Topics.APPLICATIONS)) {
            registrations.register(withTime(submission, clock.instant()));
            List<ConsumerRecord<String, String>> first = TestTopics.pollKey(events, id.toString(), 1);
            await().atMost(Duration.ofSeconds(30)).until(() -> outbox(id).isEmpty());

            mongo.getCollection("applications").deleteOne(new Document("_id", id.toString()));
            registrations.register(withTime(submission, clock.instant().plusSeconds(3600)));
            List<ConsumerRecord<String, String>> again = TestTopics.pollKey(events, id.toString(), 1);

            assertThat(again).hasSize(1);
            assertThat(eventId(again.get(0))).isEqualTo(eventId(first.get(0)));
            assertThat(again.get(0).value()).isNotEqualTo(first.get(0).value()); // occurredAt differs
        }
    }

    private String eventId(ConsumerRecord<String, String> record) {
        return json.readTree(record.value()).get("eventId").asString();
    }

    private List<Document> outbox(UUID id) {
        return mongo.getCollection("applications").find(new Document("_id", id.toString())).first()
                .getList("outbox", Document.class);
    }

    private static InterestSubmitted withTime(InterestSubmitted s, Instant at) {
        return new InterestSubmitted(s.eventId(), at.truncatedTo(ChronoUnit.MILLIS), s.submissionId(), s.reference(),
                s.contentHash(), s.applicant(), s.municipality(), s.motivation(), s.focusAreas(), s.workshops(),
                s.partnershipInterest(), s.mentorshipInterest(), s.consent());
    }
}
