package se.icld.gendernetwork.review.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.icld.gendernetwork.review.ReviewTestSupport;
import tools.jackson.databind.JsonNode;

/** Conflicts of interest over HTTP on the whole service: declared, then refused, out of the queue and the export. */
class ConflictsApiIntegrationTest extends ReviewTestSupport {

    private static final String REVIEW = "{\"scores\":{\"leadership-commitment\":3,\"focus-relevance\":3,"
            + "\"workshop-capacity\":3,\"partnership-potential\":3},\"recommendation\":\"ACCEPT\"}";

    private static String app(UUID id) {
        return "/api/v1/review/applications/" + id;
    }

    @Test
    void aReviewerDeclaresTheirConflictAndIsThenRefusedWith403AndNoLongerSeesItInTheQueue() {
        String name = "Conflicto" + UUID.randomUUID().toString().substring(0, 8);
        UUID id = registerApplication(name);
        post(app(id) + "/reviews", "dave", REVIEW);

        HttpResponse<String> declared = post(app(id) + "/conflict", "dave", "{\"reason\":\"Trabajé en esa alcaldía\"}");

        assertThat(declared.statusCode()).isEqualTo(200);
        JsonNode conflict = body(declared).get("conflicts").get(0);
        assertThat(conflict.get("reviewer").asString()).isEqualTo("dave");
        assertThat(conflict.get("reason").asString()).as("the reviewer reads their own reason").isEqualTo("Trabajé en esa alcaldía");
        assertThat(body(declared).get("reviews")).as("their review no longer counts").isEmpty();
        assertThat(body(get(app(id), "alice")).get("conflicts").get(0).get("reason").isNull())
                .as("another reviewer does not read the reason").isTrue();
        for (String action : new String[] {"/claim", "/reviews"}) {
            HttpResponse<String> refused = post(app(id) + action, "dave", action.equals("/reviews") ? REVIEW : null);
            assertThat(refused.statusCode()).as(action).isEqualTo(403);
            assertThat(body(refused).get("code").asString()).isEqualTo("conflict-of-interest");
        }
        assertThat(post(app(id) + "/claim", "alice", null).statusCode()).as("the others go on").isEqualTo(200);
        HttpResponse<String> decide = post(app(id) + "/decision", "dave", "{\"outcome\":\"ACCEPTED\"}");
        assertRefused(decide, 403, "conflict-of-interest");
        assertThat(queue("dave", name).get("total").asLong()).isZero();
        assertThat(queue("dave", name).get("items")).isEmpty();
        assertThat(queue("alice", name).get("items").get(0).get("id").asString()).isEqualTo(id.toString());
    }

    @Test
    void anAdminDeclaresForAReviewerAndAReviewerOnlyForThemselves() {
        UUID id = registerApplication();

        HttpResponse<String> notYours = post(app(id) + "/conflict", "alice", "{\"reason\":\"Bob conoce a la alcaldesa\",\"reviewer\":\"bob\"}");
        HttpResponse<String> noReason = post(app(id) + "/conflict", "alice", "{\"reason\":\" \"}");
        HttpResponse<String> byAdmin = post(app(id) + "/conflict", "admin", "{\"reason\":\"Bob conoce a la alcaldesa\",\"reviewer\":\"bob\"}");

        assertThat(notYours.statusCode()).isEqualTo(403);
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(body(noReason).get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(byAdmin.statusCode()).isEqualTo(200);
        assertThat(body(byAdmin).get("conflicts").get(0).get("declaredBy").asString()).isEqualTo("admin");
        assertThat(post(app(id) + "/claim", "bob", null).statusCode()).isEqualTo(403);
        assertThat(post(app(id) + "/claim", "alice", null).statusCode()).isEqualTo(200);
    }

    @Test
    void anAdminsOwnConflictLeavesTheApplicationOutOfTheirExport() {
        UUID id = registerApplication();
        UUID other = registerApplication();

        post(app(id) + "/conflict", "admin", "{\"reason\":\"Conozco a la solicitante\"}");
        String csv = get("/api/v1/review/export.csv", "admin").body();

        assertThat(csv).doesNotContain(id.toString()).contains(other.toString());
    }

    private JsonNode queue(String reviewer, String name) {
        return body(get("/api/v1/review/queue?q=" + name, reviewer));
    }
}
