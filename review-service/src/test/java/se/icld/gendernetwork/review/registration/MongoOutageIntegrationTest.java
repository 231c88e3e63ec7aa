package se.icld.gendernetwork.review.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import io.micrometer.core.instrument.MeterRegistry;
import se.icld.gendernetwork.contracts.GoldenSamples;
import se.icld.gendernetwork.contracts.Topics;
import se.icld.gendernetwork.review.ReviewApplication;
import se.icld.gendernetwork.support.messaging.KafkaEvents;
import se.icld.gendernetwork.testsupport.ServiceArguments;
import se.icld.gendernetwork.testsupport.StoppableMongo;
import se.icld.gendernetwork.testsupport.TestServers;
import se.icld.gendernetwork.testsupport.TestTopics;

/**
 * Guarantee 3 under failure, for both of review's consumers (the messaging kit's error policy):
 * while MongoDB is away, for far more attempts than any retry budget, submissions and delivery
 * reports are retried, never dead-lettered, and all of them land once MongoDB is back; a record that
 * can never be processed is dead-lettered once, counted, and does not hold back the records after it.
 * The service runs as a plain Spring application on a broker and a MongoDB server of this test's
 * own, which it stops and starts again (data kept) on the same port.
 */
class MongoOutageIntegrationTest {

    private static final String GROUP = "review-service";
    /** The old policy gave up after 5 attempts; this outage outlasts far more. */
    private static final int ATTEMPTS_DURING_OUTAGE = 12;

    @Test
    void infrastructureFailuresAreRetriedWithoutLimitAndOnlyUnprocessableRecordsAreDeadLettered() {
        EmbeddedKafkaKraftBroker broker = TestServers.startEmbeddedKafka();
        String kafka = broker.getBrokersAsString();
        try (StoppableMongo mongo = new StoppableMongo();
                ConfigurableApplicationContext service = new SpringApplicationBuilder(ReviewApplication.class).run(
                        ServiceArguments.on(kafka, mongo.uri("review"), "--messaging.consumer.initial-interval=50ms",
                                "--messaging.consumer.max-interval=200ms"))) {
            MeterRegistry meters = service.getBean(MeterRegistry.class);
            MongoTemplate store = service.getBean(MongoTemplate.class);
            UUID existing = UUID.randomUUID();
            // Sent by the kit's publisher, as intake sends: what it writes, the binder's consumer reads.
            service.getBean(KafkaEvents.class).send(Topics.SUBMISSIONS, existing.toString(),
                    submission(existing).getBytes(StandardCharsets.UTF_8), Map.of()).join();
            await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> stored(store, existing) != null);

            mongo.stop();
            List<UUID> during = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
            during.forEach(id -> TestTopics.send(kafka, Topics.SUBMISSIONS, id.toString(), submission(id)));
            UUID delivery = UUID.randomUUID();
            TestTopics.send(kafka, Topics.DELIVERIES, existing.toString(), GoldenSamples.json("NotificationSent")
                    .replace("5f1d2c3b-8a7e-3c4d-9e0f-1a2b3c4d5e6f", existing.toString())
                    .replace("3f4a5b6c-7d8e-4f90-a1b2-c3d4e5f6a7b8", delivery.toString()));
            await().atMost(Duration.ofSeconds(90)).until(() -> retries(meters, Topics.SUBMISSIONS) >= ATTEMPTS_DURING_OUTAGE
                    && retries(meters, Topics.DELIVERIES) >= ATTEMPTS_DURING_OUTAGE
                    || deadLetters(meters, Topics.SUBMISSIONS) + deadLetters(meters, Topics.DELIVERIES) > 0);
            assertThat(deadLetters(meters, Topics.SUBMISSIONS)).as("submissions dead-lettered during the outage").isZero();
            assertThat(deadLetters(meters, Topics.DELIVERIES)).as("delivery reports dead-lettered during the outage").isZero();
            mongo.start();

            await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> during.stream().allMatch(id -> stored(store, id) != null));
            await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> stored(store, existing).getList("history", Document.class)
                    .stream().anyMatch(h -> delivery.toString().equals(h.getString("sourceEventId"))));
            assertThat(deadLetters(meters, Topics.SUBMISSIONS)).isZero();
            assertThat(deadLetters(meters, Topics.DELIVERIES)).isZero();

            // Something that can never be processed: dead-lettered at once, counted, and the partition moves on.
            String malformed = UUID.randomUUID().toString();
            TestTopics.send(kafka, Topics.SUBMISSIONS, malformed, "{\"submissionId\": \"not json");
            UUID after = UUID.randomUUID();
            TestTopics.send(kafka, Topics.SUBMISSIONS, after.toString(), submission(after));
            await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(() -> stored(store, after) != null);
            assertThat(deadLetters(meters, Topics.SUBMISSIONS)).isEqualTo(1);
            try (KafkaConsumer<String, String> dlq = TestTopics.consumerOn(kafka, Topics.deadLetter(Topics.SUBMISSIONS, GROUP))) {
                List<ConsumerRecord<String, String>> dead = TestTopics.poll(dlq, r -> true, 1, Duration.ofSeconds(30));
                assertThat(dead).extracting(ConsumerRecord::key).containsExactly(malformed);
                assertThat(new String(dead.get(0).headers().lastHeader("x-original-topic").value(), StandardCharsets.UTF_8))
                        .isEqualTo(Topics.SUBMISSIONS);
            }
        } finally {
            broker.destroy();
        }
    }

    private static String submission(UUID id) {
        return GoldenSamples.json("InterestSubmitted").replace("5f1d2c3b-8a7e-3c4d-9e0f-1a2b3c4d5e6f", id.toString());
    }

    private static Document stored(MongoTemplate store, UUID id) {
        return store.getCollection("applications").find(new Document("_id", id.toString())).first();
    }

    private static double retries(MeterRegistry meters, String topic) {
        return meters.counter("messaging.retries", "topic", topic, "group", GROUP).count();
    }

    private static double deadLetters(MeterRegistry meters, String topic) {
        return meters.counter("messaging.dead.letters", "topic", topic, "group", GROUP).count();
    }
}
