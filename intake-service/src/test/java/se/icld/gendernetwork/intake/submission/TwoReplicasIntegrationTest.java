package se.icld.gendernetwork.intake.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import se.icld.gendernetwork.contracts.StatusToken;
import se.icld.gendernetwork.contracts.Topics;
import se.icld.gendernetwork.intake.IntakeApplication;
import se.icld.gendernetwork.intake.IntakeTestSupport;
import se.icld.gendernetwork.testsupport.TestServers;
import se.icld.gendernetwork.testsupport.TestTopics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Guarantee 2 with two intake replicas on one broker (this test's context is replica A, a second
 * application started here is replica B; neither shares memory with the other): an
 * {@code Idempotency-Key} never crosses applicants, whichever replica a request reaches, in
 * whichever order.
 */
class TwoReplicasIntegrationTest extends IntakeTestSupport {

    private static final String SECRET = "test-status-secret-of-enough-length";

    private static ConfigurableApplicationContext replicaB;
    private static int portB;

    @Autowired
    JsonMapper json;

    @BeforeAll
    static void startReplicaB() {
        // Command-line arguments: they outrank application.yml, as environment variables do in production.
        replicaB = new SpringApplicationBuilder(IntakeApplication.class).run(
                "--server.port=0",
                "--management.server.port=0",
                "--spring.kafka.bootstrap-servers=" + TestServers.kafkaBootstrapServers(),
                "--network.status.secret=" + SECRET,
                "--network.status.base-url=http://review.test",
                "--intake.rate-limit-per-minute=1000",
                "--spring.main.banner-mode=off");
        portB = Integer.parseInt(replicaB.getEnvironment().getProperty("local.server.port"));
    }

    @AfterAll
    static void stopReplicaB() {
        if (replicaB != null) {
            replicaB.close();
        }
    }

    @Test
    void theSameKeyAndBodyOnTwoReplicasIsOneApplicationAndAnotherBodyIsItsOwnWithATokenForItAlone() {
        String key = "client-" + UUID.randomUUID();
        String maria = validSubmission();
        String ana = validSubmission().replace("María López", "Ana Gómez").replace("maria.lopez@", "ana.gomez@")
                .replace("Panajachel", "Antigua Guatemala");
        JsonNode first = accepted(post(port, "/api/v1/submissions", "application/json", maria, Map.of("Idempotency-Key", key)));
        JsonNode retryOnB = accepted(post(portB, "/api/v1/submissions", "application/json", maria,
                Map.of("Idempotency-Key", key)));
        JsonNode otherOnB = accepted(post(portB, "/api/v1/submissions", "application/json", ana,
                Map.of("Idempotency-Key", key)));
        JsonNode otherOnA = accepted(post(port, "/api/v1/submissions", "application/json", ana,
                Map.of("Idempotency-Key", key)));

        UUID mariaId = UUID.fromString(first.get("submissionId").asString());
        UUID anaId = UUID.fromString(otherOnB.get("submissionId").asString());
        assertThat(retryOnB.get("submissionId").asString()).isEqualTo(mariaId.toString());
        assertThat(retryOnB.get("statusUrl")).isEqualTo(first.get("statusUrl"));
        assertThat(retryOnB.get("reference")).isEqualTo(first.get("reference"));
        assertThat(anaId).isNotEqualTo(mariaId);
        assertThat(otherOnA.get("submissionId").asString()).as("replica A, which saw María's body first, agrees")
                .isEqualTo(anaId.toString());

        StatusToken tokens = new StatusToken(SECRET);
        String mariasToken = token(first);
        String anasToken = token(otherOnB);
        assertThat(anasToken).isNotEqualTo(mariasToken);
        assertThat(tokens.matches(anaId, anasToken)).isTrue();
        assertThat(tokens.matches(mariaId, anasToken)).as("Ana's link never opens María's application").isFalse();
        assertThat(tokens.matches(mariaId, mariasToken)).isTrue();

        // On the topic (read from its beginning, once it surely exists): María's record twice with one
        // event id (review absorbs the second), Ana's as her own.
        try (KafkaConsumer<String, String> consumer = TestTopics.consumer(Topics.SUBMISSIONS)) {
            List<ConsumerRecord<String, String>> both = TestTopics.poll(consumer,
                    r -> mariaId.toString().equals(r.key()) || anaId.toString().equals(r.key()), 4, Duration.ofSeconds(30));
            List<ConsumerRecord<String, String>> marias = both.stream().filter(r -> mariaId.toString().equals(r.key())).toList();
            List<ConsumerRecord<String, String>> anas = both.stream().filter(r -> anaId.toString().equals(r.key())).toList();
            assertThat(marias).hasSize(2).allSatisfy(r -> assertThat(name(r)).isEqualTo("María López"));
            assertThat(marias).extracting(r -> field(r, "eventId")).containsOnly(field(marias.get(0), "eventId"));
            assertThat(marias).extracting(r -> field(r, "contentHash")).containsOnly(field(marias.get(0), "contentHash"));
            assertThat(anas).hasSize(2).allSatisfy(r -> assertThat(name(r)).isEqualTo("Ana Gómez"));
            assertThat(field(anas.get(0), "contentHash")).isNotEqualTo(field(marias.get(0), "contentHash"));
        }
    }

    private JsonNode accepted(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return json.readTree(response.body());
    }

    private static String token(JsonNode accepted) {
        String url = accepted.get("statusUrl").asString();
        return url.substring(url.indexOf("?token=") + "?token=".length());
    }

    private String name(ConsumerRecord<String, String> record) {
        return json.readTree(record.value()).get("applicant").get("fullName").asString();
    }

    private String field(ConsumerRecord<String, String> record, String field) {
        return json.readTree(record.value()).get(field).asString();
    }
}
