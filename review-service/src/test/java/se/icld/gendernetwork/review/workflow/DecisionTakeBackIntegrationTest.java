package se.icld.gendernetwork.review.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import se.icld.gendernetwork.contracts.Topics;
import se.icld.gendernetwork.review.GracePeriodExtension;
import se.icld.gendernetwork.review.ReviewTestSupport;
import se.icld.gendernetwork.testsupport.TestTopics;
import tools.jackson.databind.JsonNode;

/**
 * Taking a decision back through the API, with a 10-minute grace period: the decision's event waits
 * in the outbox, the reviewer who decided (or an admin) takes it back and no DecisionMade for it ever
 * reaches the topic; after the grace (the service's clock moved on) it is 409 {@code grace-period-over}
 * and the decision's event goes out.
 */
class DecisionTakeBackIntegrationTest extends ReviewTestSupport {

    private static final Duration GRACE = Duration.ofMinutes(10);

    @RegisterExtension
    static final GracePeriodExtension GRACE_PERIOD = new GracePeriodExtension(GRACE);

    private static String app(UUID id) {
        return "/api/v1/review/applications/" + id;
    }

    @Test
    void takenBackWithinTheGraceNoEmailThenAfterItTheDecisionStands() {
        try (KafkaConsumer<String, String> events = TestTopics.consumer(Topics.APPLICATIONS)) {
            UUID id = registerApplication();
            assertThat(post(app(id) + "/claim", "alice", null).statusCode()).isEqualTo(200);
            HttpResponse<String> decided = post(app(id) + "/decision", "alice", "{\"outcome\":\"ACCEPTED\",\"message\":\"Bienvenida\"}");
            assertThat(decided.statusCode()).isEqualTo(200);
            JsonNode held = body(decided);
            assertThat(held.get("status").asString()).isEqualTo("ACCEPTED");
            assertThat(held.get("decisionTakeBackUntil").isNull()).isFalse();
            // The applicant is not told yet: their status is still "in review".
            HttpResponse<String> status = get("/api/v1/applications/" + id + "/status?token="
                    + new se.icld.gendernetwork.contracts.StatusToken(SECRET).tokenFor(id), null);
            assertThat(body(status).get("status").asString()).isEqualTo("IN_REVIEW");
            assertThat(body(status).get("decision").isNull()).isTrue();

            // Another reviewer may not; an admin may, and the decider holds the claim again.
            HttpResponse<String> notYours = post(app(id) + "/decision/undo", "bob", null);
            assertRefused(notYours, 403, "not-the-decider");
            HttpResponse<String> undone = post(app(id) + "/decision/undo", "admin", null);
            assertThat(undone.statusCode()).isEqualTo(200);
            JsonNode back = body(undone);
            assertThat(back.get("status").asString()).isEqualTo("IN_REVIEW");
            assertThat(back.get("decision").isNull()).isTrue();
            assertThat(back.get("claim").get("reviewer").asString()).isEqualTo("alice");
            assertThat(back.get("decisionTakeBackUntil").isNull()).isTrue();
            JsonNode last = back.get("history").get(back.get("history").size() - 1);
            assertThat(List.of(last.get("action").asString(), last.get("by").asString(), last.get("detail").asString()))
                    .containsExactly("DECISION_TAKEN_BACK", "admin", "ACCEPTED");

            // Decided again; once the grace is over it cannot be taken back, and its event goes out.
            assertThat(post(app(id) + "/decision", "alice", "{\"outcome\":\"REJECTED\"}").statusCode()).isEqualTo(200);
            clock.advance(GRACE.plusSeconds(1));
            HttpResponse<String> late = post(app(id) + "/decision/undo", "alice", null);
            assertRefused(late, 409, "grace-period-over");
            assertThat(body(get(app(id), "alice")).get("status").asString()).isEqualTo("REJECTED");

            List<ConsumerRecord<String, String>> published = TestTopics.pollKey(events, id.toString(), 2);
            assertThat(published).extracting(r -> json.readTree(r.value()).path("outcome").asString(""))
                    .as("the registration, then only the decision that stood").containsExactly("", "REJECTED");
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> body(get(app(id), "alice")).get("decisionTakeBackUntil").isNull());
        }
    }

    /** The walk-through: three decided, one taken back within the grace, exactly two decision events go out. */
    @Test
    void threeDecidedOneTakenBackTwoDecisionsAnnounced() {
        try (KafkaConsumer<String, String> events = TestTopics.consumer(Topics.APPLICATIONS)) {
            List<UUID> ids = List.of(registerApplication(), registerApplication(), registerApplication());
            for (UUID id : ids) {
                post(app(id) + "/claim", "alice", null);
                assertThat(post(app(id) + "/decision", "alice", "{\"outcome\":\"WAITLISTED\"}").statusCode())
                        .isEqualTo(200);
            }
            assertThat(post(app(ids.get(1)) + "/decision/undo", "alice", null).statusCode()).isEqualTo(200);
            clock.advance(GRACE.plusSeconds(1));

            List<String> keys = ids.stream().map(UUID::toString).toList();
            // Each application's registration, and a decision for the two that stood (order per key).
            List<ConsumerRecord<String, String>> seen = TestTopics.poll(events, r -> keys.contains(r.key()), 5,
                    Duration.ofSeconds(30));
            assertThat(seen.stream().filter(r -> r.value().contains("\"outcome\"")).map(ConsumerRecord::key))
                    .containsExactlyInAnyOrder(keys.get(0), keys.get(2));
            // Nothing more comes for them (a taken-back decision's event would have been published by now).
            assertThat(TestTopics.poll(events, r -> keys.contains(r.key()), 1, Duration.ofSeconds(2))).isEmpty();
        }
    }

    @Test
    void withoutAGracePeriodThereIsNothingToTakeBack() {
        grace.set(Duration.ZERO);
        UUID id = registerApplication();
        post(app(id) + "/claim", "alice", null);
        HttpResponse<String> decided = post(app(id) + "/decision", "alice", "{\"outcome\":\"WAITLISTED\"}");
        assertThat(body(decided).get("decisionTakeBackUntil").isNull()).isTrue();
        HttpResponse<String> undo = post(app(id) + "/decision/undo", "alice", null);
        assertRefused(undo, 409, "grace-period-over");
    }
}
