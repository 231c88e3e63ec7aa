package se.icld.gendernetwork.review.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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
 * The workflow over HTTP on the whole service. Two decisions racing on one application (the
 * version guard) are tested where the race can be made real: {@code MongoApplicationsSliceTest}.
 */
class ReviewWorkflowIntegrationTest extends ReviewTestSupport {

    private static final String ACCEPT = "{\"outcome\":\"ACCEPTED\",\"message\":\"Bienvenida a la red\"}";

    @Test
    void aBodyOverTheLimitIsRefusedBeforeTheTokenIsCheckedDeclaredOrStreamed() throws Exception {
        UUID id = registerApplication();
        String path = "/api/v1/applications/" + id + "/information?token=not-the-token";
        String huge = "{\"message\": \"" + "x".repeat(1024 * 1024) + "\"}";

        HttpResponse<String> declared = post(path, null, huge);
        // No Content-Length: a streamed (chunked) body is cut off once it passes the limit.
        java.net.http.HttpRequest chunked = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        huge.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .build();
        HttpResponse<String> streamed = HTTP.send(chunked, HttpResponse.BodyHandlers.ofString());

        assertThat(declared.statusCode()).as("refused on its Content-Length, before the token").isEqualTo(413);
        assertThat(streamed.statusCode()).as("refused while read").isEqualTo(413);
        assertThat(post(path, null, "{\"message\": \"Hola\"}").statusCode()).as("a small body meets the token check")
                .isEqualTo(404);
    }

    @Test
    void reviewerClaimsAndDecidesAndTheDecisionIsAnnounced() {
        UUID id = registerApplication();
        try (KafkaConsumer<String, String> events = TestTopics.consumer(Topics.APPLICATIONS)) {
            HttpResponse<String> claimed = post(app(id) + "/claim", "alice", null);
            assertThat(claimed.statusCode()).isEqualTo(200);
            assertThat(body(claimed).get("status").asString()).isEqualTo("IN_REVIEW");
            assertThat(body(claimed).get("claim").get("reviewer").asString()).isEqualTo("alice");

            HttpResponse<String> decided = post(app(id) + "/decision", "alice", ACCEPT);

            assertThat(decided.statusCode()).isEqualTo(200);
            JsonNode application = body(decided);
            assertThat(application.get("status").asString()).isEqualTo("ACCEPTED");
            assertThat(application.get("history").valueStream().map(h -> h.get("action").asString()).toList())
                    .containsExactly("REGISTERED", "CLAIMED", "DECIDED");
            assertThat(application.get("history").get(2).get("by").asString()).isEqualTo("alice");

            List<ConsumerRecord<String, String>> announced = TestTopics.pollKey(events, id.toString(), 2);
            assertThat(announced).extracting(r -> json.readTree(r.value()).get("type").asString())
                    .containsExactly("ApplicationRegistered", "DecisionMade");
            JsonNode decision = json.readTree(announced.get(1).value());
            assertThat(decision.get("outcome").asString()).isEqualTo("ACCEPTED");
            assertThat(decision.get("message").asString()).isEqualTo("Bienvenida a la red");
        }
    }

    @Test
    void aClaimedApplicationCannotBeClaimedOrDecidedByAnotherReviewer() {
        UUID id = registerApplication();
        post(app(id) + "/claim", "alice", null);

        HttpResponse<String> claim = post(app(id) + "/claim", "bob", null);
        HttpResponse<String> decide = post(app(id) + "/decision", "bob", ACCEPT);

        assertRefused(claim, 409, "claimed");
        assertRefused(decide, 409, "not-claimed");
    }

    @Test
    void illegalTransitionsAre409() {
        UUID id = registerApplication();

        assertThat(post(app(id) + "/decision", "alice", ACCEPT).statusCode()).isEqualTo(409);
        post(app(id) + "/claim", "alice", null);
        post(app(id) + "/decision", "alice", "{\"outcome\":\"REJECTED\"}");
        HttpResponse<String> again = post(app(id) + "/claim", "alice", null);
        assertRefused(again, 409, "illegal-transition");
        String token = new StatusToken(SECRET).tokenFor(id);
        assertThat(post("/api/v1/applications/" + id + "/withdrawal?token=" + token, null, null).statusCode())
                .isEqualTo(409);
    }

    @Test
    void informationRequestIsAnsweredByTheApplicantWithTheToken() {
        UUID id = registerApplication();
        String token = new StatusToken(SECRET).tokenFor(id);
        post(app(id) + "/claim", "alice", null);

        HttpResponse<String> asked = post(app(id) + "/info-request", "alice", "{\"message\":\"¿Quién más participará?\"}");
        HttpResponse<String> answered = post("/api/v1/applications/" + id + "/information?token=" + token, null,
                "{\"message\":\"La secretaria de la mujer y yo.\"}");

        assertThat(asked.statusCode()).isEqualTo(200);
        assertThat(body(asked).get("status").asString()).isEqualTo("INFO_REQUESTED");
        assertThat(answered.statusCode()).isEqualTo(200);
        JsonNode status = body(answered);
        assertThat(status.get("status").asString()).isEqualTo("IN_REVIEW");
        assertThat(status.get("history").valueStream().map(h -> h.get("status").asString()).toList())
                .containsExactly("RECEIVED", "IN_REVIEW", "INFO_REQUESTED", "IN_REVIEW");
    }

    @Test
    void theStatusApiCarriesTheWholeConversationNextToTheHistoryItAlwaysHad() {
        UUID id = registerApplication();
        String token = new StatusToken(SECRET).tokenFor(id);
        String status = "/api/v1/applications/" + id + "/status?token=" + token;
        post(app(id) + "/claim", "alice", null);
        post(app(id) + "/info-request", "alice", "{\"message\":\"¿Quién más participará?\"}");

        JsonNode asked = body(get(status, null));
        post("/api/v1/applications/" + id + "/information?token=" + token, null, "{\"message\":\"La secretaria de la mujer.\"}");
        // A review (by bob, who never appears to the applicant) with scores and a comment of its own.
        assertThat(post(app(id) + "/reviews", "bob", "{\"scores\":{\"leadership-commitment\":4,\"focus-relevance\":2,"
                + "\"workshop-capacity\":3,\"partnership-potential\":5},\"recommendation\":\"WAITLIST\","
                + "\"comment\":\"Solo comentario interno del panel\"}").statusCode()).isEqualTo(200);
        post(app(id) + "/claim", "alice", null);
        post(app(id) + "/decision", "alice", ACCEPT);
        JsonNode decided = body(get(status, null));

        assertThat(asked.get("question").asString()).isEqualTo("¿Quién más participará?");
        assertThat(decided.get("question").isNull()).isTrue();
        assertThat(decided.get("language").asString()).isEqualTo("es");
        assertThat(decided.get("timeZone").asString()).isEqualTo("America/Guatemala");
        assertThat(decided.get("decision").get("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(decided.get("decision").get("message").asString()).isEqualTo("Bienvenida a la red");
        assertThat(decided.get("conversation").valueStream().map(e -> e.get("kind").asString()).toList())
                .containsExactly("RECEIVED", "REVIEW_STARTED", "INFO_REQUESTED", "INFO_PROVIDED", "ACCEPTED");
        assertThat(decided.get("conversation").valueStream().map(e -> e.get("message").isNull() ? null : e.get("message").asString()).toList())
                .containsExactly(null, null, "¿Quién más participará?", "La secretaria de la mujer.", "Bienvenida a la red");
        assertThat(decided.get("conversation").get(0).get("at").asString()).endsWith("Z");
        assertThat(decided.get("history").valueStream().map(h -> h.get("status").asString()).toList())
                .containsExactly("RECEIVED", "IN_REVIEW", "INFO_REQUESTED", "IN_REVIEW", "ACCEPTED");
        assertThat(decided.toString()).doesNotContain("alice", "maria.lopez@example.org");
        assertThat(decided.toString()).as("no reviewer, score, recommendation or comment reaches the applicant")
                .doesNotContain("bob", "Solo comentario interno del panel", "scores", "leadership-commitment", "WAITLIST",
                        "reviews", "aggregate");
    }

    @Test
    void applicantSeesStatusAndWithdrawsOnlyWithTheRightToken() {
        UUID id = registerApplication();
        String token = new StatusToken(SECRET).tokenFor(id);
        String status = "/api/v1/applications/" + id + "/status";

        HttpResponse<String> mine = get(status + "?token=" + token, null);
        HttpResponse<String> wrong = get(status + "?token=" + new StatusToken(SECRET).tokenFor(UUID.randomUUID()), null);
        HttpResponse<String> none = get(status, null);
        HttpResponse<String> unknown = get("/api/v1/applications/" + UUID.randomUUID() + "/status?token=" + token, null);
        HttpResponse<String> withdrawWrong = post("/api/v1/applications/" + id + "/withdrawal?token=x", null, null);
        HttpResponse<String> withdraw = post("/api/v1/applications/" + id + "/withdrawal?token=" + token, null, null);

        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(body(mine).get("status").asString()).isEqualTo("RECEIVED");
        assertThat(body(mine).get("reference").asString()).isEqualTo("GEN-7K3Q-9XDA");
        assertThat(mine.body()).doesNotContain("maria.lopez@example.org");
        assertThat(List.of(wrong.statusCode(), none.statusCode(), unknown.statusCode(), withdrawWrong.statusCode()))
                .containsOnly(404);
        assertThat(body(wrong).get("detail")).isEqualTo(body(unknown).get("detail"));
        assertThat(withdraw.statusCode()).isEqualTo(200);
        assertThat(body(withdraw).get("status").asString()).isEqualTo("WITHDRAWN");
    }

    @Test
    void reviewerApiNeedsCredentialsAndTheReviewerRole() {
        UUID id = registerApplication();

        assertThat(get("/api/v1/review/queue", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/v1/review/queue", "auditor").statusCode()).isEqualTo(403);
        assertThat(post(app(id) + "/claim", null, null).statusCode()).isEqualTo(401);
        assertThat(post(app(id) + "/claim", "auditor", null).statusCode()).isEqualTo(403);
        HttpResponse<String> queue = get("/api/v1/review/queue?status=RECEIVED&country=GT&size=100", "alice");
        assertThat(queue.statusCode()).isEqualTo(200);
        assertThat(body(queue).get("items").valueStream().map(i -> i.get("id").asString()).toList())
                .contains(id.toString());
    }

    @Test
    void aWaitlistedApplicationCanBePromotedToAcceptedButNothingElse() {
        UUID id = registerApplication();
        post(app(id) + "/claim", "alice", null);
        assertThat(post(app(id) + "/decision", "alice", "{\"outcome\":\"WAITLISTED\"}").statusCode()).isEqualTo(200);

        assertThat(post(app(id) + "/claim", "bob", null).statusCode()).isEqualTo(200);
        assertThat(post(app(id) + "/decision", "bob", "{\"outcome\":\"REJECTED\"}").statusCode()).isEqualTo(409);
        HttpResponse<String> promoted = post(app(id) + "/decision", "bob", ACCEPT);

        assertThat(promoted.statusCode()).isEqualTo(200);
        assertThat(body(promoted).get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(post(app(id) + "/claim", "bob", null).statusCode()).isEqualTo(409);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({
        "GET, /api/v1/review/queue", "GET, /api/v1/review/applications/{id}", "POST, /api/v1/review/applications/{id}/claim",
        "POST, /api/v1/review/applications/{id}/release", "POST, /api/v1/review/applications/{id}/decision",
        "POST, /api/v1/review/applications/{id}/decision/undo", "POST, /api/v1/review/decisions/bulk",
        "POST, /api/v1/review/applications/{id}/info-request", "POST, /api/v1/review/applications/{id}/notes",
        "GET, /api/v1/review/stats", "GET, /api/v1/review/export.csv"})
    void everyReviewerEndpointIs401WithoutCredentialsAnd403WithoutTheRole(String method, String path) {
        UUID id = registerApplication();
        String url = path.replace("{id}", id.toString());
        String body = "POST".equals(method) ? "{\"outcome\":\"ACCEPTED\",\"message\":\"m\",\"text\":\"t\"}" : null;

        assertThat(request(method, url, null, body).statusCode()).isEqualTo(401);
        assertThat(request(method, url, "auditor", body).statusCode()).isEqualTo(403);
        assertThat(body(get(app(id), "alice")).get("status").asString()).isEqualTo("RECEIVED");
    }

    private static String app(UUID id) {
        return "/api/v1/review/applications/" + id;
    }
}
