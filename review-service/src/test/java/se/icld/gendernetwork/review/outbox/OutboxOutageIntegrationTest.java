package se.icld.gendernetwork.review.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import io.micrometer.core.instrument.MeterRegistry;
import se.icld.gendernetwork.contracts.GoldenSamples;
import se.icld.gendernetwork.contracts.Topics;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted;
import se.icld.gendernetwork.review.ReviewApplication;
import se.icld.gendernetwork.review.registration.Registrations;
import se.icld.gendernetwork.testsupport.ServiceArguments;
import se.icld.gendernetwork.testsupport.TestServers;
import tools.jackson.databind.json.JsonMapper;

/**
 * Guarantee 4 under failure: a status change made while the broker is down keeps its event in the
 * application's outbox, through a restart of the service, and the event is published once the
 * broker is back. Runs the service as a plain Spring application (not a cached test context) so
 * it can be stopped and started again, on a broker of its own that this test stops.
 */
class OutboxOutageIntegrationTest {

    @Test
    void eventSurvivesABrokerOutageAndARestartAndIsPublishedWhenTheBrokerIsBack() throws Exception {
        String database = "review-outage-" + UUID.randomUUID();
        EmbeddedKafkaKraftBroker broker = TestServers.startEmbeddedKafka();
        UUID id = UUID.randomUUID();

        try (ConfigurableApplicationContext service = start(broker, database)) {
            broker.destroy();
            register(service, id);
            MeterRegistry meters = service.getBean(MeterRegistry.class);
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> meters.counter("review.outbox.unacknowledged").count() >= 1);
            assertThat(outbox(service, id)).hasSize(1);
        }

        // The broker is back (a new one: the embedded KRaft broker cannot bind the old port again).
        EmbeddedKafkaKraftBroker back = TestServers.startEmbeddedKafka();
        try (ConfigurableApplicationContext restarted = start(back, database);
                KafkaConsumer<String, String> events = consumer(back)) {
            List<ConsumerRecord<String, String>> published = new java.util.ArrayList<>();
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                events.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (id.toString().equals(r.key())) {
                        published.add(r);
                    }
                });
                return !published.isEmpty();
            });
            assertThat(published.get(0).value()).contains("\"type\":\"ApplicationRegistered\"");
            await().atMost(Duration.ofSeconds(30)).until(() -> outbox(restarted, id).isEmpty());
        } finally {
            back.destroy();
        }
    }

    private static ConfigurableApplicationContext start(EmbeddedKafkaKraftBroker broker, String database) {
        // Command-line arguments: they take precedence over application.yml, as an operator's would.
        return new SpringApplicationBuilder(ReviewApplication.class).run(ServiceArguments.on(
                broker.getBrokersAsString(), TestServers.mongoUri(database),
                "--review.outbox-interval=200ms",
                "--spring.kafka.producer.properties.max.block.ms=1000",
                "--spring.kafka.producer.properties.request.timeout.ms=1000",
                "--spring.kafka.producer.properties.delivery.timeout.ms=2000"));
    }

    private static void register(ConfigurableApplicationContext service, UUID id) {
        JsonMapper json = service.getBean(JsonMapper.class);
        InterestSubmitted golden = json.readValue(GoldenSamples.json("InterestSubmitted"), InterestSubmitted.class);
        service.getBean(Registrations.class).register(new InterestSubmitted(UUID.randomUUID(),
                Instant.now().truncatedTo(ChronoUnit.MILLIS), id, golden.reference(), golden.contentHash(),
                golden.applicant(), golden.municipality(), golden.motivation(), golden.focusAreas(),
                golden.workshops(), golden.partnershipInterest(), golden.mentorshipInterest(), golden.consent()));
    }

    private static List<Document> outbox(ConfigurableApplicationContext service, UUID id) {
        Document application = service.getBean(MongoTemplate.class).getCollection("applications")
                .find(new Document("_id", id.toString())).first();
        return application.getList("outbox", Document.class);
    }

    private static KafkaConsumer<String, String> consumer(EmbeddedKafkaKraftBroker broker) {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG, "outage-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
        consumer.subscribe(List.of(Topics.APPLICATIONS));
        return consumer;
    }
}
