package se.icld.gendernetwork.review.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalManagementPort;

import se.icld.gendernetwork.contracts.StatusToken;
import se.icld.gendernetwork.review.ReviewTestSupport;
import se.icld.gendernetwork.testsupport.OperationsPorts;
import tools.jackson.databind.JsonNode;

/**
 * Review criteria and reviews over HTTP on the whole service (blind reviews off, the default; the
 * blind rule with both settings: {@link PanelTest}).
 */
class ReviewsApiIntegrationTest extends ReviewTestSupport {

    /** The actuator's own port (health, info, the Prometheus scrape). */
    @LocalManagementPort
    int managementPort;

    private static String review(int leadership, String recommendation, String comment) {
        return "{\"scores\":{\"leadership-commitment\":" + leadership + ",\"focus-relevance\":4,\"workshop-capacity\":3,"
                + "\"partnership-potential\":5},\"recommendation\":\"" + recommendation + "\",\"comment\":\"" + comment + "\"}";
    }

    private static String app(UUID id) {
        return "/api/v1/review/applications/" + id;
    }

    @Test
    void theCriteriaAreListedInTheRequestsLanguageWithAllThreeNamesForReviewersAndAdmins() {
        HttpResponse<String> english = get("/api/v1/review/criteria?lang=en&callId=network-2024", "alice");
        HttpResponse<String> spanish = get("/api/v1/review/criteria", "admin");

        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(body(english).get("callId").asString()).isEqualTo("network-2024");
        JsonNode criteria = body(english).get("criteria");
        // The network call's four (service-defaults' network-2024); without callId, the whole catalogue.
        assertThat(criteria.valueStream().map(c -> c.get("id").asString()).toList()).containsExactly(
                "leadership-commitment", "focus-relevance", "workshop-capacity", "partnership-potential");
        assertThat(body(spanish).get("criteria").valueStream().map(c -> c.get("id").asString()).toList()).containsExactly(
                "leadership-commitment", "focus-relevance", "workshop-capacity", "partnership-potential",
                "partnership-fit", "mentoring-readiness");
        assertThat(get("/api/v1/review/criteria?callId=nobody-2020", "alice").statusCode()).isEqualTo(400);
        assertThat(criteria.get(0).get("name").asString()).isEqualTo("Commitment of the municipality's leadership");
        assertThat(criteria.get(0).get("names").get("sv").asString()).isEqualTo("Den kommunala ledningens engagemang");
        assertThat(criteria.get(0).get("scale").get("min").asInt()).isEqualTo(1);
        assertThat(criteria.get(0).get("scale").get("max").asInt()).isEqualTo(5);
        assertThat(body(spanish).get("language").asString()).isEqualTo("es");
        assertThat(body(spanish).get("criteria").get(0).get("name").asString()).isEqualTo("Compromiso del liderazgo municipal");
        assertThat(get("/api/v1/review/criteria", "auditor").statusCode()).isEqualTo(403);
        assertThat(get("/api/v1/review/criteria", null).statusCode()).isEqualTo(401);
    }

    @Test
    void reviewsAreOnePerReviewerAndTheDetailCarriesThemWithTheAggregate() {
        UUID id = registerApplication();

        HttpResponse<String> first = post(app(id) + "/reviews", "alice", review(1, "REJECT", "Poco compromiso"));
        post(app(id) + "/reviews", "bob", review(4, "WAITLIST", "Interesante"));
        HttpResponse<String> replaced = post(app(id) + "/reviews", "alice", review(5, "ACCEPT", "Compromiso claro"));
        JsonNode detail = body(get(app(id), "bob"));

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(replaced.statusCode()).isEqualTo(200);
        JsonNode reviews = detail.get("reviews");
        assertThat(reviews.valueStream().map(r -> r.get("by").asString()).toList()).containsExactly("bob", "alice");
        JsonNode alices = reviews.get(1);
        assertThat(alices.get("scores").get("leadership-commitment").asInt()).isEqualTo(5);
        assertThat(alices.get("recommendation").asString()).isEqualTo("ACCEPT");
        assertThat(alices.get("comment").asString()).isEqualTo("Compromiso claro");
        assertThat(alices.get("at").asString()).endsWith("Z");
        JsonNode aggregate = detail.get("aggregate");
        assertThat(aggregate.get("reviews").asInt()).isEqualTo(2);
        assertThat(aggregate.get("averages").get("leadership-commitment").decimalValue()).isEqualByComparingTo("4.5");
        assertThat(aggregate.get("averages").get("focus-relevance").decimalValue()).isEqualByComparingTo("4");
        assertThat(aggregate.get("overall").decimalValue()).isEqualByComparingTo("4.13");
        assertThat(aggregate.get("recommendations").get("ACCEPT").asInt()).isEqualTo(1);
        assertThat(aggregate.get("recommendations").get("WAITLIST").asInt()).isEqualTo(1);
        assertThat(aggregate.get("recommendations").get("REJECT").asInt()).isEqualTo(0);
        assertThat(detail.get("reviewsHidden").asBoolean()).isFalse();
        assertThat(detail.get("history").valueStream().filter(h -> h.get("action").asString().equals("REVIEWED")).count())
                .as("the replaced review is in the history too").isEqualTo(3);
        assertThat(detail.get("status").asString()).as("a review changes no status").isEqualTo("RECEIVED");
    }

    @Test
    void anIncompleteOrOutOfRangeReviewIsA400NamingEachField() {
        UUID id = registerApplication();

        HttpResponse<String> refused = post(app(id) + "/reviews", "alice",
                "{\"scores\":{\"leadership-commitment\":6,\"focus-relevance\":4,\"workshop-capacity\":3,\"charm\":5},"
                        + "\"recommendation\":\"MAYBE\",\"comment\":\"" + "x".repeat(4001) + "\"}");
        HttpResponse<String> empty = post(app(id) + "/reviews", "alice", "{}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(body(refused).get("errors").valueStream().map(e -> e.get("field").asString()).toList()).containsExactly(
                "scores.leadership-commitment", "scores.partnership-potential", "scores.charm", "recommendation", "comment");
        assertThat(body(refused).get("errors").get(0).get("message").asString()).isEqualTo("must be between 1 and 5");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(body(empty).get("errors")).hasSize(5);
        assertThat(body(get(app(id), "alice")).get("reviews")).isEmpty();
    }

    @Test
    void aWithdrawnOrDecidedApplicationIsNotReviewed() {
        UUID withdrawn = registerApplication();
        post("/api/v1/applications/" + withdrawn + "/withdrawal?token=" + new StatusToken(SECRET).tokenFor(withdrawn), null, null);
        UUID decided = registerApplication();
        post(app(decided) + "/claim", "alice", null);
        post(app(decided) + "/decision", "alice", "{\"outcome\":\"WAITLISTED\"}");

        HttpResponse<String> onWithdrawn = post(app(withdrawn) + "/reviews", "bob", review(3, "ACCEPT", "Bien"));
        HttpResponse<String> onDecided = post(app(decided) + "/reviews", "bob", review(3, "ACCEPT", "Bien"));

        assertRefused(onWithdrawn, 409, "illegal-transition");
        assertRefused(onDecided, 409, "illegal-transition");
    }

    @Test
    void reviewsAreCountedAndScoresDistributedPerCriterionWithNoOtherTag() {
        UUID id = registerApplication();
        post(app(id) + "/reviews", "carol", review(2, "REJECT", "Nombre Apellido escribió esto"));

        String metrics = OperationsPorts.scrape(managementPort);

        assertThat(metrics).contains("review_reviews_submitted_total{application=\"review-service\"}");
        assertThat(metrics).contains("review_review_scores_count{application=\"review-service\",criterion=\"leadership-commitment\"}");
        assertThat(metrics).doesNotContain("carol", "Nombre Apellido");
    }
}
