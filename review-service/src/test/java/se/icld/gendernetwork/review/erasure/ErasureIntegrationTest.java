package se.icld.gendernetwork.review.erasure;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import se.icld.gendernetwork.contracts.StatusToken;
import se.icld.gendernetwork.contracts.Topics;
import se.icld.gendernetwork.review.ReviewTestSupport;
import se.icld.gendernetwork.review.console.PageClient;
import se.icld.gendernetwork.testsupport.TestTopics;
import tools.jackson.databind.JsonNode;

/**
 * An admin erases an applicant's personal data: afterwards the reviewer API, the console, the CSV
 * export, the status link and the stored document hold none of it, the erasure is recorded without
 * it, and {@code ApplicationErased} (no personal data) is published for the other services.
 */
class ErasureIntegrationTest extends ReviewTestSupport {

    private static final String EMAIL = "maria.lopez@example.org";

    @Autowired
    MongoTemplate mongo;

    @Test
    void afterAnErasureNothingServesThePersonalDataAndTheSkeletonStays() {
        String name = "Erasable " + UUID.randomUUID();
        String question = "Question " + UUID.randomUUID();
        String answer = "Answer " + UUID.randomUUID();
        String note = "Note " + UUID.randomUUID();
        UUID id = registerApplication(name);
        String motivation = detail(id).get("motivation").asString();
        String token = new StatusToken(SECRET).tokenFor(id);
        assertThat(post(app(id) + "/claim", "alice", null).statusCode()).isEqualTo(200);
        assertThat(post(app(id) + "/info-request", "alice", "{\"message\": \"" + question + "\"}").statusCode()).isEqualTo(200);
        assertThat(post("/api/v1/applications/" + id + "/information?token=" + token, null,
                "{\"message\": \"" + answer + "\"}").statusCode()).isEqualTo(200);
        assertThat(post(app(id) + "/notes", "alice", "{\"text\": \"" + note + "\"}").statusCode()).isEqualTo(201);
        String comment = "Comment " + UUID.randomUUID();
        assertThat(post(app(id) + "/reviews", "alice", "{\"scores\": {\"leadership-commitment\": 4, \"focus-relevance\": 4, "
                + "\"workshop-capacity\": 3, \"partnership-potential\": 5}, \"recommendation\": \"ACCEPT\", \"comment\": \""
                + comment + "\"}").statusCode()).isEqualTo(200);
        List<String> personal = List.of(name, EMAIL, motivation, question, answer, note, comment);

        try (KafkaConsumer<String, String> events = TestTopics.consumer(Topics.APPLICATIONS)) {
            assertThat(post(app(id) + "/erasure", "alice", "{\"onRequestOf\": \"APPLICANT\"}").statusCode())
                    .as("a reviewer may not").isEqualTo(403);
            assertThat(post(app(id) + "/erasure", "admin", "{}").statusCode()).as("on whose request").isEqualTo(400);
            HttpResponse<String> erased = post(app(id) + "/erasure", "admin", "{\"onRequestOf\": \"APPLICANT\"}");

            assertThat(erased.statusCode()).isEqualTo(200);
            assertThat(body(erased).get("by").asString()).isEqualTo("admin");
            assertThat(body(erased).get("onRequestOf").asString()).isEqualTo("APPLICANT");
            // The announcement carries no personal data.
            List<ConsumerRecord<String, String>> published = TestTopics.poll(events,
                    r -> id.toString().equals(r.key()) && r.value().contains("\"type\":\"ApplicationErased\""), 1,
                    Duration.ofSeconds(30));
            assertThat(published).singleElement().satisfies(r -> assertThat(r.value())
                    .doesNotContain(name, EMAIL, "recipient"));
        }

        // The reviewer API: the skeleton and the erasure's record.
        JsonNode detail = detail(id);
        assertThat(detail.toString()).doesNotContain(personal);
        assertThat(detail.get("status").asString()).isEqualTo("IN_REVIEW");
        assertThat(detail.get("municipality").get("name").asString()).isEqualTo("Panajachel");
        assertThat(detail.get("erasure").get("by").asString()).isEqualTo("admin");
        assertThat(detail.get("history").get(detail.get("history").size() - 1).get("action").asString()).isEqualTo("ERASED");
        assertThat(detail.get("notes")).isEmpty();
        assertThat(detail.get("reviews").get(0).get("scores").get("partnership-potential").asInt())
                .as("the panel's figures stay").isEqualTo(5);
        // Nothing can be done to it any more; erasing again changes nothing.
        assertThat(post(app(id) + "/decision", "alice", "{\"outcome\": \"ACCEPTED\"}").statusCode()).isEqualTo(409);
        assertThat(body(post(app(id) + "/erasure", "admin", "{\"onRequestOf\": \"PROGRAMME\"}")).get("onRequestOf").asString())
                .isEqualTo("APPLICANT");
        // The CSV export's row of it, the console's page, the status link, the stored document.
        String row = get("/api/v1/review/export.csv", "admin").body().lines().filter(l -> l.contains(id.toString()))
                .findFirst().orElseThrow();
        assertThat(row).doesNotContain(personal).contains("Panajachel");
        PageClient console = new PageClient(port);
        console.login("alice", "alice-pw");
        HttpResponse<String> page = console.get("/console/applications/" + id);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).doesNotContain(personal).contains("id=\"erased\"");
        assertThat(console.get("/console?q=Erasable").body()).doesNotContain(name);
        assertThat(get("/api/v1/applications/" + id + "/status?token=" + token, null).statusCode()).isEqualTo(404);
        assertThat(new PageClient(port).get("/status/" + id + "?token=" + token).statusCode()).isEqualTo(404);
        Document stored = mongo.getCollection("applications").find(new Document("_id", id.toString())).first();
        assertThat(stored.toJson()).doesNotContain(personal);
    }

    private JsonNode detail(UUID id) {
        return body(get(app(id), "alice"));
    }

    private static String app(UUID id) {
        return "/api/v1/review/applications/" + id;
    }
}
