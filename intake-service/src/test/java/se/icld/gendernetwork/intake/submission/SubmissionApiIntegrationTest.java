package se.icld.gendernetwork.intake.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.icld.gendernetwork.contracts.GoldenSamples;
import se.icld.gendernetwork.contracts.StatusToken;
import se.icld.gendernetwork.contracts.Topics;
import se.icld.gendernetwork.testsupport.TestTopics;
import se.icld.gendernetwork.intake.IntakeTestSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SubmissionApiIntegrationTest extends IntakeTestSupport {

    @Autowired
    JsonMapper json;

    @Test
    void acceptedSubmissionIsInKafkaWithTheGoldenShapeAndASignedStatusLink() {
        try (KafkaConsumer<String, String> consumer = TestTopics.consumer(Topics.SUBMISSIONS)) {
            // A body of its own (the id derives from the content), with spaces that are trimmed.
            HttpResponse<String> response = postJson(validSubmission()
                    .replace("\"María López\"", "\"  María López " + UUID.randomUUID() + " \""), Map.of());

            assertThat(response.statusCode()).isEqualTo(202);
            JsonNode body = json.readTree(response.body());
            String id = body.get("submissionId").asString();
            assertThat(body.get("status").asString()).isEqualTo("RECEIVED");
            assertThat(body.get("reference").asString()).matches("GEN-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
            String token = new StatusToken("test-status-secret-of-enough-length").tokenFor(UUID.fromString(id));
            assertThat(body.get("statusUrl").asString()).isEqualTo("http://review.test/status/" + id + "?token=" + token);
            assertThat(response.headers().firstValue("Location")).contains(
                    "http://review.test/api/v1/applications/" + id + "/status?token=" + token);
            assertThat(response.headers().firstValue("Cache-Control")).as("the token is never cached").contains("no-store");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");

            List<ConsumerRecord<String, String>> records = TestTopics.pollKey(consumer, id, 1);
            assertThat(records).hasSize(1);
            JsonNode event = json.readTree(records.get(0).value());
            JsonNode golden = json.readTree(GoldenSamples.json("InterestSubmitted"));
            assertThat(fieldNames(event)).isEqualTo(fieldNames(golden));
            assertThat(fieldNames(event.get("applicant"))).isEqualTo(fieldNames(golden.get("applicant")));
            assertThat(event.get("submissionId").asString()).isEqualTo(id);
            assertThat(event.get("reference").asString()).isEqualTo(body.get("reference").asString());
            assertThat(event.get("applicant").get("fullName").asString()).startsWith("María López ").doesNotEndWith(" ");
            assertThat(event.get("applicant").get("email").asString()).isEqualTo("maria.lopez@example.org");
            assertThat(event.get("municipality").get("country").asString()).isEqualTo("GT");
            assertThat(event.get("contentHash").asString()).matches("[0-9a-f]{64}");
            assertThat(event.get("eventId").asString()).as("derived from the submission id, never random")
                    .isEqualTo(UUID.nameUUIDFromBytes(("interest-submitted:" + id).getBytes()).toString());
        }
    }

    @Test
    void aSubmissionWithoutANoticeVersionIsRecordedWithTheNoticeTheServiceShowsAndAnotherIsRefused() {
        try (KafkaConsumer<String, String> consumer = TestTopics.consumer(Topics.SUBMISSIONS)) {
            String body = validSubmission().replace("\"María López\"", "\"María López " + UUID.randomUUID() + "\"");

            HttpResponse<String> withoutVersion = postJson(
                    body.replace("\"consent\": { \"dataProcessing\": true, \"noticeVersion\": \"2024-01\" }",
                            "\"consent\": { \"dataProcessing\": true }"), Map.of());
            HttpResponse<String> otherVersion = postJson(body.replace("\"noticeVersion\": \"2024-01\"",
                    "\"noticeVersion\": \"2023-07\""), Map.of("Accept-Language", "en"));

            assertThat(withoutVersion.statusCode()).isEqualTo(202);
            String id = json.readTree(withoutVersion.body()).get("submissionId").asString();
            JsonNode event = json.readTree(TestTopics.pollKey(consumer, id, 1).get(0).value());
            assertThat(event.get("consent").get("noticeVersion").asString()).isEqualTo("2026-12");
            assertThat(otherVersion.statusCode()).isEqualTo(400);
            JsonNode error = json.readTree(otherVersion.body()).get("errors").get(0);
            assertThat(error.get("field").asString()).isEqualTo("consent.noticeVersion");
            assertThat(error.get("message").asString()).contains("privacy notice has changed");
        }
    }

    @Test
    void withoutAKeyAnIdenticalResubmissionIsTheSameApplicationAndAnyOtherBodyItsOwn() {
        String body = validSubmission().replace("Panajachel", "Panajachel " + UUID.randomUUID());

        JsonNode first = json.readTree(postJson(body, Map.of()).body());
        JsonNode again = json.readTree(postJson(body.replace("\"Sololá\"", "\" Sololá  \""), Map.of()).body());
        JsonNode other = json.readTree(postJson(body.replace("Sololá", "Sacatepéquez"), Map.of()).body());

        assertThat(again.get("submissionId")).isEqualTo(first.get("submissionId"));
        assertThat(again.get("statusUrl")).isEqualTo(first.get("statusUrl"));
        assertThat(other.get("submissionId")).isNotEqualTo(first.get("submissionId"));
    }

    private static Set<String> fieldNames(JsonNode node) {
        return Set.copyOf(node.propertyNames());
    }
}
