package se.icld.gendernetwork.review.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;

import se.icld.gendernetwork.contracts.StatusToken;
import se.icld.gendernetwork.contracts.Topics;
import se.icld.gendernetwork.review.ReviewTestSupport;
import se.icld.gendernetwork.testsupport.TestTopics;
import tools.jackson.databind.JsonNode;

/**
 * The applicant's correction API on the whole service: corrected values in the reviewer's detail
 * with one history entry naming the fields, the form's messages for broken rules (400), nothing for
 * an unchanged correction, 409 once a reviewer claimed it, 404 for a wrong token, and a new email
 * address announced to the new address only while the application keeps the old one (the reviewer's
 * detail shows it as pending, its history as requested).
 */
class CorrectionApiIntegrationTest extends ReviewTestSupport {

    private static final String MOTIVATION = "Queremos aprender de los municipios suecos sobre presupuestos con enfoque de género.";

    private static String correction(UUID id) {
        return "/api/v1/applications/" + id + "/correction?token=" + new StatusToken(SECRET).tokenFor(id);
    }

    private JsonNode detail(UUID id) {
        return body(get("/api/v1/review/applications/" + id, "alice"));
    }

    @Test
    void aCorrectionChangesTheValuesAndOneHistoryEntryNamesTheFields() {
        UUID id = registerApplication();

        HttpResponse<String> response = post(correction(id), null,
                "{\"position\": \" Alcaldesa \", \"motivation\": \"" + MOTIVATION + "\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = body(response);
        assertThat(answer.get("changed").values()).extracting(JsonNode::asString)
                .containsExactly("applicant.position", "motivation");
        assertThat(answer.get("pendingEmail").isNull()).isTrue();
        JsonNode detail = detail(id);
        assertThat(detail.get("applicant").get("position").asString()).isEqualTo("Alcaldesa");
        assertThat(detail.get("motivation").asString()).isEqualTo(MOTIVATION);
        JsonNode last = detail.get("history").get(detail.get("history").size() - 1);
        assertThat(last.get("action").asString()).isEqualTo("CORRECTED");
        assertThat(last.get("detail").asString()).isEqualTo("applicant.position,motivation");
        assertThat(last.get("by").asString()).isEqualTo("applicant");
        assertThat(detail.get("pendingEmail").isNull()).isTrue();

        long version = detail.get("version").asLong();
        HttpResponse<String> again = post(correction(id), null, "{\"position\": \"Alcaldesa\"}");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(body(again).get("changed").isEmpty()).isTrue();
        assertThat(detail(id).get("version").asLong()).isEqualTo(version);
    }

    @Test
    void brokenRulesAreA400WithTheFormsMessagesInTheRequestsLanguage() throws Exception {
        UUID id = registerApplication();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + correction(id)))
                .timeout(Duration.ofSeconds(20)).header("Content-Type", "application/json").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"position\": \"A\", \"email\": \"not-an-address\", \"motivation\": \"short\", \"focusAreas\": []}"))
                .build();

        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode errors = body(response).get("errors");
        assertThat(errors.values()).extracting(e -> e.get("field").asString() + ": " + e.get("message").asString())
                .containsExactly("applicant.email: Enter a valid email address, for example name@municipality.gov.co.",
                        "applicant.position: Must be between 2 and 120 characters.",
                        "motivation: Must be between 50 and 4000 characters.",
                        "focusAreas: Choose at least one focus area.");
        assertThat(response.body()).doesNotContain("not-an-address");
        assertThat(detail(id).get("applicant").get("position").asString()).isEqualTo("Directora Municipal de la Mujer");
    }

    @Test
    void onceAReviewerClaimedItTheCorrectionIsRefusedWith409() {
        UUID id = registerApplication();
        post("/api/v1/review/applications/" + id + "/claim", "alice", null);

        HttpResponse<String> response = post(correction(id), null, "{\"position\": \"Alcaldesa\"}");

        assertRefused(response, 409, "illegal-transition");
        assertThat(body(response).get("detail").asString()).contains("RECEIVED", "IN_REVIEW");
    }

    @Test
    void aWrongTokenIsNotFound() {
        UUID id = registerApplication();

        HttpResponse<String> response = post("/api/v1/applications/" + id + "/correction?token="
                + new StatusToken(SECRET).tokenFor(UUID.randomUUID()), null, "{\"position\": \"Alcaldesa\"}");

        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void aNewAddressIsAnnouncedToItselfAndTheApplicationKeepsTheOldOneUntilConfirmed() {
        UUID id = registerApplication();
        String address = "maria." + UUID.randomUUID().toString().substring(0, 8) + "@panajachel.gob.gt";
        try (KafkaConsumer<String, String> events = TestTopics.consumer(Topics.APPLICATIONS)) {
            HttpResponse<String> response = post(correction(id), null, "{\"email\": \"" + address + "\"}");

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(body(response).get("pendingEmail").get("address").asString()).isEqualTo(address);
            List<ConsumerRecord<String, String>> published = TestTopics.pollKey(events, id.toString(), 2);
            JsonNode event = json.readTree(published.get(published.size() - 1).value());
            assertThat(event.get("type").asString()).isEqualTo("EmailChangeRequested");
            assertThat(event.get("recipient").get("email").asString()).isEqualTo(address);
            assertThat(event.get("confirmationUrl").asString())
                    .startsWith("http://localhost:8082/status/" + id + "/email-confirmation?code=");
            // The reviewer's detail: the address in use, the one requested (never its code or hash),
            // and a history entry saying a new address was requested, not that the address changed.
            JsonNode detail = detail(id);
            assertThat(detail.get("applicant").get("email").asString()).isEqualTo("maria.lopez@example.org");
            JsonNode pending = detail.get("pendingEmail");
            assertThat(pending.get("address").asString()).isEqualTo(address);
            assertThat(Instant.parse(pending.get("expiresAt").asString()))
                    .isEqualTo(Instant.parse(pending.get("requestedAt").asString()).plus(Duration.ofHours(48)))
                    .isEqualTo(Instant.parse(event.get("expiresAt").asString()).truncatedTo(ChronoUnit.MILLIS)); // BSON dates: ms
            assertThat(pending.propertyNames()).containsExactlyInAnyOrder("address", "requestedAt", "expiresAt");
            String code = event.get("confirmationUrl").asString().replaceAll(".*[?&]code=", "");
            assertThat(detail.toString()).doesNotContain(code, "codeHash");
            JsonNode corrected = detail.get("history").get(detail.get("history").size() - 1);
            assertThat(corrected.get("action").asString()).isEqualTo("CORRECTED");
            assertThat(corrected.get("detail").asString()).isEqualTo("pendingEmail");

            // The link's GET only shows the button: a mail scanner that opens it confirms nothing.
            String path = event.get("confirmationUrl").asString().substring("http://localhost:8082".length());
            HttpResponse<String> page = get(path, null);
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains(address, "id=\"confirm-button\"");
            assertThat(detail(id).get("applicant").get("email").asString()).isEqualTo("maria.lopez@example.org");
            assertThat(get(path + "x", null).statusCode()).isEqualTo(404);
        }
    }
}
