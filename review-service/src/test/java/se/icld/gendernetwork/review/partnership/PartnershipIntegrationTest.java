package se.icld.gendernetwork.review.partnership;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import se.icld.gendernetwork.contracts.Topics;
import se.icld.gendernetwork.review.PartnershipSubmissions;
import se.icld.gendernetwork.review.ReviewTestSupport;
import se.icld.gendernetwork.testsupport.TestTopics;
import tools.jackson.databind.JsonNode;

/**
 * The partnership programme over HTTP on the whole service: a partnership application is linked to the
 * network application its reference names, may be accepted only once that one is, and is given a mentor
 * by an admin, which the applicant is told through the outbox.
 */
@TestPropertySource(locations = "classpath:partnership-calls.properties")
class PartnershipIntegrationTest extends ReviewTestSupport {

    private static final String ACCEPT = "{\"outcome\":\"ACCEPTED\"}";
    private static final String MENTOR = "{\"name\":\"Karin Lindqvist\",\"organisation\":\"Uppsala kommun\",\"email\":\"karin@example.se\"}";

    private static String app(UUID id) {
        return "/api/v1/review/applications/" + id;
    }

    private UUID network(String reference) {
        return PartnershipSubmissions.network(registrations, json, reference, "Panajachel", "María López");
    }

    private UUID partnership(String networkReference) {
        return PartnershipSubmissions.partnership(registrations, json, networkReference, "Uppsala", "Panajachel", "GT", "es");
    }

    private void accept(UUID id, String reviewer) {
        assertThat(post(app(id) + "/claim", reviewer, null).statusCode()).isEqualTo(200);
        assertThat(post(app(id) + "/decision", reviewer, ACCEPT).statusCode()).isEqualTo(200);
    }

    @Test
    void aPartnershipApplicationIsLinkedAndAcceptedOnlyOnceItsNetworkApplicationIs() {
        String reference = PartnershipSubmissions.newReference();
        UUID earlier = network(reference);
        UUID id = partnership(reference);

        JsonNode registered = body(get(app(id), "alice"));
        assertThat(registered.get("callId").asString()).isEqualTo("partnership-2025");
        assertThat(registered.get("partnership").get("networkReference").asString()).isEqualTo(reference);
        assertThat(registered.get("partnership").get("swedishMunicipality").asString()).isEqualTo("Uppsala");
        assertThat(registered.get("partnership").get("earlierApplicationId").asString()).isEqualTo(earlier.toString());
        assertThat(registered.get("eligibility").get("verdict").asString()).isEqualTo("NOT_ACCEPTED");
        assertThat(registered.get("eligibility").get("earlierStatus").asString()).isEqualTo("RECEIVED");
        assertThat(body(get(app(earlier), "alice")).get("partnership").isNull()).as("a network application").isTrue();

        assertThat(post(app(id) + "/claim", "alice", null).statusCode()).isEqualTo(200);
        HttpResponse<String> refused = post(app(id) + "/decision", "alice", ACCEPT);
        assertRefused(refused, 409, "not-eligible");
        assertThat(body(get(app(id), "alice")).get("status").asString()).isEqualTo("IN_REVIEW");

        accept(earlier, "bob");

        assertThat(body(get(app(id), "alice")).get("eligibility").get("verdict").asString()).isEqualTo("ELIGIBLE");
        HttpResponse<String> accepted = post(app(id) + "/decision", "alice", ACCEPT);
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(body(accepted).get("status").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void anUnknownReferenceIsRegisteredFlaggedAndCanBeRejectedButNotAccepted() {
        UUID id = partnership(PartnershipSubmissions.newReference());

        JsonNode registered = body(get(app(id), "alice"));
        assertThat(registered.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(registered.get("partnership").get("earlierApplicationId").isNull()).isTrue();
        assertThat(registered.get("eligibility").get("verdict").asString()).isEqualTo("NOT_FOUND");

        post(app(id) + "/claim", "alice", null);
        assertThat(body(post(app(id) + "/decision", "alice", ACCEPT)).get("code").asString()).isEqualTo("not-eligible");
        assertThat(post(app(id) + "/decision", "alice", "{\"outcome\":\"REJECTED\"}").statusCode()).isEqualTo(200);
    }

    @Test
    void aBulkAcceptanceSkipsTheIneligibleWithTheReason() {
        String reference = PartnershipSubmissions.newReference();
        network(reference);
        UUID ineligible = partnership(reference);
        String acceptedReference = PartnershipSubmissions.newReference();
        accept(network(acceptedReference), "bob");
        UUID eligible = partnership(acceptedReference);

        JsonNode result = body(post("/api/v1/review/decisions/bulk", "alice",
                "{\"ids\":[\"" + ineligible + "\",\"" + eligible + "\"],\"outcome\":\"ACCEPTED\"}"));

        assertThat(result.get("decided").valueStream().map(d -> d.get("id").asString()).toList())
                .containsExactly(eligible.toString());
        assertThat(result.get("skipped")).hasSize(1);
        assertThat(result.get("skipped").get(0).get("id").asString()).isEqualTo(ineligible.toString());
        assertThat(result.get("skipped").get(0).get("reason").asString()).isEqualTo("not-eligible");
        assertThat(result.get("skipped").get(0).get("code").asString()).isEqualTo("not-eligible");
    }

    @Test
    void anAdminRecordsTheMentorOfAnAcceptedPartnershipAndTheApplicantIsToldOncePerMentor() {
        String reference = PartnershipSubmissions.newReference();
        accept(network(reference), "bob");
        UUID id = partnership(reference);
        assertThat(request("PUT", app(id) + "/mentor", "admin", MENTOR).statusCode()).as("not accepted yet").isEqualTo(409);
        accept(id, "alice");

        try (KafkaConsumer<String, String> events = TestTopics.consumer(Topics.APPLICATIONS)) {
            assertThat(request("PUT", app(id) + "/mentor", "alice", MENTOR).statusCode()).as("admins only").isEqualTo(403);
            assertThat(request("PUT", app(id) + "/mentor", "admin", "{\"name\":\"Karin\",\"organisation\":\"Uppsala\",\"email\":\"nope\"}")
                    .statusCode()).isEqualTo(400);

            HttpResponse<String> recorded = request("PUT", app(id) + "/mentor", "admin", MENTOR);
            assertThat(recorded.statusCode()).isEqualTo(200);
            JsonNode application = body(recorded);
            assertThat(application.get("mentor").get("name").asString()).isEqualTo("Karin Lindqvist");
            assertThat(application.get("mentor").get("by").asString()).isEqualTo("admin");
            long version = application.get("version").asLong();
            assertThat(request("PUT", app(id) + "/mentor", "admin", MENTOR).statusCode()).isEqualTo(200);
            assertThat(body(get(app(id), "admin")).get("version").asLong()).as("the same mentor again: nothing written")
                    .isEqualTo(version);
            JsonNode changed = body(request("PUT", app(id) + "/mentor", "admin",
                    "{\"name\":\"Lars Berg\",\"organisation\":\"Umeå kommun\"}"));
            assertThat(changed.get("history").valueStream().filter(h -> h.get("action").asString().equals("MENTOR_ASSIGNED"))
                    .map(h -> h.get("detail").asString()).toList())
                    .containsExactly("Karin Lindqvist (Uppsala kommun)", "Lars Berg (Umeå kommun)");

            List<ConsumerRecord<String, String>> told = TestTopics.poll(events, r -> id.toString().equals(r.key())
                    && json.readTree(r.value()).get("type").asString().equals("MentorAssigned"), 2, Duration.ofSeconds(30));
            assertThat(told).hasSize(2);
            JsonNode first = json.readTree(told.get(0).value());
            JsonNode second = json.readTree(told.get(1).value());
            assertThat(first.get("mentor").get("name").asString()).isEqualTo("Karin Lindqvist");
            assertThat(first.get("mentor").get("email").asString()).isEqualTo("karin@example.se");
            assertThat(first.get("callId").asString()).isEqualTo("partnership-2025");
            assertThat(first.get("recipient").get("language").asString()).isEqualTo("es");
            assertThat(second.get("mentor").get("name").asString()).isEqualTo("Lars Berg");
            assertThat(second.get("eventId").asString()).isNotEqualTo(first.get("eventId").asString());
        }
    }

    @Test
    void aNetworkApplicationIsGivenNoMentor() {
        UUID id = network(PartnershipSubmissions.newReference());
        accept(id, "alice");

        HttpResponse<String> refused = request("PUT", app(id) + "/mentor", "admin", MENTOR);

        assertRefused(refused, 409, "illegal-transition");
    }
}
