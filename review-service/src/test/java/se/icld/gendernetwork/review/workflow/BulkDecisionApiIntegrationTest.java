package se.icld.gendernetwork.review.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.icld.gendernetwork.review.ReviewTestSupport;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/v1/review/decisions/bulk}: each application the caller can decide is decided (claimed
 * first where needed), the others are skipped with their reason, one refusal not stopping the others.
 */
class BulkDecisionApiIntegrationTest extends ReviewTestSupport {

    private static String app(UUID id) {
        return "/api/v1/review/applications/" + id;
    }

    @Test
    void decidesWhatItCanAndSaysWhyTheOthersAreSkipped() {
        UUID received = registerApplication();
        UUID mine = registerApplication();
        post(app(mine) + "/claim", "carol", null);
        UUID bobs = registerApplication();
        post(app(bobs) + "/claim", "bob", null);
        UUID decided = registerApplication();
        post(app(decided) + "/claim", "carol", null);
        post(app(decided) + "/decision", "carol", "{\"outcome\":\"REJECTED\"}");
        UUID unknown = UUID.randomUUID();

        HttpResponse<String> response = post("/api/v1/review/decisions/bulk", "carol", "{\"ids\":[\"" + received + "\",\"" + mine
                + "\",\"" + bobs + "\",\"" + decided + "\",\"" + unknown + "\"],\"outcome\":\"WAITLISTED\",\"message\":\"Pronto\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode result = body(response);
        assertThat(ids(result.get("decided"))).containsExactly(received.toString(), mine.toString());
        assertThat(result.get("decided").get(0).get("status").asString()).isEqualTo("WAITLISTED");
        List<String> skipped = new ArrayList<>();
        result.get("skipped").forEach(s -> skipped.add(s.get("id").asString() + " " + s.get("reason").asString() + " "
                + s.path("code").asString("-")));
        assertThat(skipped).containsExactly(bobs + " claimed claimed", decided + " status illegal-transition",
                unknown + " not-found -");
        JsonNode waitlisted = body(get(app(received), "carol"));
        assertThat(waitlisted.get("decision").get("message").asString()).isEqualTo("Pronto");
        assertThat(waitlisted.get("decision").get("by").asString()).isEqualTo("carol");
        assertThat(body(get(app(bobs), "carol")).get("claim").get("reviewer").asString()).isEqualTo("bob");
    }

    @Test
    void aRequestWithoutIdsOrWithANonOutcomeIsRefused() {
        assertThat(post("/api/v1/review/decisions/bulk", "carol", "{\"ids\":[],\"outcome\":\"WAITLISTED\"}").statusCode())
                .isEqualTo(400);
        HttpResponse<String> notAnOutcome = post("/api/v1/review/decisions/bulk", "carol",
                "{\"ids\":[\"" + UUID.randomUUID() + "\"],\"outcome\":\"IN_REVIEW\"}");
        assertRefused(notAnOutcome, 409, "invalid-outcome");
        assertThat(post("/api/v1/review/decisions/bulk", "auditor", "{\"ids\":[\"" + UUID.randomUUID()
                + "\"],\"outcome\":\"WAITLISTED\"}").statusCode()).isEqualTo(403);
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(i -> ids.add(i.get("id").asString()));
        return ids;
    }
}
