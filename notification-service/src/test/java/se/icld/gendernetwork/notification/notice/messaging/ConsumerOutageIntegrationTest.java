package se.icld.gendernetwork.notification.notice.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import se.icld.gendernetwork.contracts.GoldenSamples;
import se.icld.gendernetwork.contracts.Topics;
import se.icld.gendernetwork.notification.NotificationApplication;
import se.icld.gendernetwork.testsupport.ServiceArguments;
import se.icld.gendernetwork.testsupport.StoppableMongo;
import se.icld.gendernetwork.testsupport.TestServers;
import se.icld.gendernetwork.testsupport.TestTopics;

/**
 * The messaging kit's error policy on notification's consumer: while MongoDB is away, for far more
 * attempts than any retry budget, events are retried, never dead-lettered, and each becomes exactly
 * one email once MongoDB is back; an event that can never be processed is dead-lettered once,
 * counted, and the events after it are still handled. The service runs as a plain Spring
 * application on a broker and a MongoDB server of this test's own (stopped and started again).
 */
class ConsumerOutageIntegrationTest {

    private static final String GROUP = "notification-service";
    /** The old policy gave up after 5 attempts; this outage outlasts far more. */
    private static final int ATTEMPTS_DURING_OUTAGE = 12;

    @Test
    void infrastructureFailuresAreRetriedWithoutLimitAndOnlyUnprocessableEventsAreDeadLettered() {
        EmbeddedKafkaKraftBroker broker = TestServers.startEmbeddedKafka();
        String kafka = broker.getBrokersAsString();
        try (StoppableMongo mongo = new StoppableMongo();
                ConfigurableApplicationContext service = new SpringApplicationBuilder(NotificationApplication.class).run(
                        ServiceArguments.on(kafka, mongo.uri("notification"),
                                "--spring.mail.host=127.0.0.1",
                                "--spring.mail.port=" + TestServers.smtpPort(),
                                "--network.status.base-url=http://review.test",
                                "--notification.retry.interval=100ms",
                                "--logging.level.com.icegreen.greenmail=WARN",
                                "--messaging.consumer.initial-interval=50ms",
                                "--messaging.consumer.max-interval=200ms"))) {
            MeterRegistry meters = service.getBean(MeterRegistry.class);

            mongo.stop();
            List<String> addresses = List.of(address(), address());
            addresses.forEach(a -> send(kafka, a));
            await().atMost(Duration.ofSeconds(90)).until(() -> retries(meters) >= ATTEMPTS_DURING_OUTAGE
                    || deadLetters(meters) > 0);
            assertThat(deadLetters(meters)).as("events dead-lettered during the outage").isZero();
            mongo.start();

            await().atMost(Duration.ofSeconds(60)).until(() -> addresses.stream().allMatch(a -> mailTo(a) >= 1));
            assertThat(addresses).allSatisfy(a -> assertThat(mailTo(a)).as(a).isEqualTo(1));
            assertThat(deadLetters(meters)).isZero();

            // An event no email can be made of: dead-lettered at once, counted; the next event is still handled.
            String key = UUID.randomUUID().toString();
            TestTopics.send(kafka, Topics.APPLICATIONS, key, "{\"type\":\"ApplicationRegistered\"");
            String after = address();
            send(kafka, after);
            await().atMost(Duration.ofSeconds(60)).until(() -> mailTo(after) == 1);
            assertThat(deadLetters(meters)).isEqualTo(1);
            try (KafkaConsumer<String, String> dlq = TestTopics.consumerOn(kafka, Topics.deadLetter(Topics.APPLICATIONS, GROUP))) {
                List<ConsumerRecord<String, String>> dead = TestTopics.poll(dlq, r -> true, 1, Duration.ofSeconds(30));
                assertThat(dead).extracting(ConsumerRecord::key).containsExactly(key);
            }
        } finally {
            broker.destroy();
        }
    }

    private static void send(String kafka, String address) {
        UUID applicationId = UUID.randomUUID();
        TestTopics.send(kafka, Topics.APPLICATIONS, applicationId.toString(), GoldenSamples.json("ApplicationRegistered")
                .replace("5f1d2c3b-8a7e-3c4d-9e0f-1a2b3c4d5e6f", applicationId.toString())
                .replaceAll("\"eventId\": \"[0-9a-f-]+\"", "\"eventId\": \"" + UUID.randomUUID() + "\"")
                .replace("maria.lopez@example.org", address));
    }

    private static String address() {
        return "applicant-" + UUID.randomUUID() + "@example.org";
    }

    private static long mailTo(String address) {
        return Arrays.stream(TestServers.greenMail().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }

    private static double retries(MeterRegistry meters) {
        return meters.counter("messaging.retries", "topic", Topics.APPLICATIONS, "group", GROUP).count();
    }

    private static double deadLetters(MeterRegistry meters) {
        return meters.counter("messaging.dead.letters", "topic", Topics.APPLICATIONS, "group", GROUP).count();
    }
}
