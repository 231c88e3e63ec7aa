package se.icld.gendernetwork.intake.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import se.icld.gendernetwork.contracts.GoldenSamples;
import se.icld.gendernetwork.contracts.Topics;
import se.icld.gendernetwork.intake.IntakeTestSupport;
import se.icld.gendernetwork.testsupport.TestTopics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The partnership programme's call on the whole service: an application with its answers is published
 * with them (the golden partnership shape), its interest in a partnership filled in when absent (the
 * call does not ask it; the network's still does); a partnership block sent to the network's call, a
 * malformed reference, a missing block and a country the call does not take are refused per field.
 */
class PartnershipSubmissionIntegrationTest extends IntakeTestSupport {

    @Autowired
    JsonMapper json;

    @Test
    void anAcceptedPartnershipApplicationIsPublishedWithItsPartnershipAnswers() {
        JsonNode event = published(body -> body.replace("\"GEN-7K3Q-9XDA\"", "\" gen-7k3q-9xda \"")
                .replace("\"partnershipInterest\": true,", "")); // not asked by this call

        JsonNode golden = json.readTree(GoldenSamples.json("InterestSubmitted-partnership"));
        assertThat(Set.copyOf(event.propertyNames())).isEqualTo(Set.copyOf(golden.propertyNames()));
        assertThat(event.get("callId").asString()).isEqualTo("partnership-2025");
        assertThat(event.get("partnership").get("networkReference").asString()).as("in capitals").isEqualTo("GEN-7K3Q-9XDA");
        assertThat(event.get("partnership").get("swedishMunicipality").asString()).isEqualTo("Uppsala");
        assertThat(event.get("workshops").get("local").asBoolean()).as("not asked").isFalse();
        assertThat(event.get("workshops").get("sweden").asBoolean()).isFalse();
        assertThat(event.get("mentorshipInterest").asBoolean()).isTrue();
        assertThat(event.get("partnershipInterest").asBoolean()).as("applying is the interest").isTrue();
    }

    @Test
    void theNetworkCallStillAsksForTheInterestInAPartnership() {
        HttpResponse<String> missing = postJson(validSubmission().replace("\"partnershipInterest\": true,", ""),
                Map.of("Accept-Language", "es"));

        assertThat(errors(missing)).containsExactly(Map.entry("partnershipInterest", "Este campo es obligatorio."));
    }

    @Test
    void noPreferenceForASwedishMunicipalityIsPublishedAsNone() {
        JsonNode event = published(body -> body.replace(", \"swedishMunicipality\": \"Uppsala\"", ""));

        assertThat(event.get("partnership").get("swedishMunicipality").isNull()).isTrue();
    }

    @Test
    void aPartnershipBlockSentToTheNetworkCallIsRefusedOnThatField() {
        String body = validSubmission().strip();
        body = body.substring(0, body.length() - 1)
                + ", \"partnership\": {\"networkReference\": \"GEN-7K3Q-9XDA\", \"swedishMunicipality\": null}}";

        HttpResponse<String> response = postJson(body, Map.of("Accept-Language", "en"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(errors(response)).containsExactly(Map.entry("partnership", "This call does not ask for this."));
    }

    @Test
    void aWrongReferenceAMissingBlockAndACountryTheCallDoesNotTakeAreRefusedPerField() {
        HttpResponse<String> wrong = postJson(validPartnershipSubmission().replace("GEN-7K3Q-9XDA", "GEN-7K3O-9XDA"),
                Map.of("Accept-Language", "en"));
        HttpResponse<String> missing = postJson(validPartnershipSubmission().replace(
                "\"partnership\": { \"networkReference\": \"GEN-7K3Q-9XDA\", \"swedishMunicipality\": \"Uppsala\" },", ""),
                Map.of("Accept-Language", "es"));
        HttpResponse<String> colombia = postJson(validPartnershipSubmission().replace("\"GT\"", "\"CO\""),
                Map.of("Accept-Language", "sv"));
        HttpResponse<String> workshops = postJson(validPartnershipSubmission().replace("\"partnershipInterest\"",
                "\"workshops\": {\"local\": true, \"sweden\": false}, \"partnershipInterest\""), Map.of("Accept-Language", "en"));

        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(errors(wrong)).containsExactly(Map.entry("partnership.networkReference",
                "Write the reference as in the email, for example GEN-7K3Q-9XDA."));
        assertThat(wrong.body()).doesNotContain("GEN-7K3O-9XDA");
        assertThat(errors(missing)).containsExactly(Map.entry("partnership", "Este campo es obligatorio."));
        assertThat(errors(colombia)).containsOnlyKeys("municipality.country");
        assertThat(errors(workshops)).containsExactly(Map.entry("workshops", "This call does not ask for this."));
    }

    @Test
    void theCallsListNamesEachCallsQuestions() {
        JsonNode calls = json.readTree(get("/api/v1/calls", Map.of()).body());

        assertThat(calls.get(0).get("questions").asString()).isEqualTo("NETWORK");
        assertThat(calls.get(4).get("id").asString()).isEqualTo("partnership-2025");
        assertThat(calls.get(4).get("questions").asString()).isEqualTo("PARTNERSHIP");
        assertThat(calls.get(4).get("eligibleCountries")).extracting(JsonNode::asString).containsExactly("GT");
    }

    /**
     * Posts María's partnership application (under a name of its own) as {@code edit} changes it: it is
     * accepted (202); the event published for it.
     */
    private JsonNode published(UnaryOperator<String> edit) {
        try (KafkaConsumer<String, String> consumer = TestTopics.consumer(Topics.SUBMISSIONS)) {
            String body = edit.apply(validPartnershipSubmission()
                    .replace("\"María López\"", "\"María López " + UUID.randomUUID() + "\""));

            HttpResponse<String> response = postJson(body, Map.of());

            assertThat(response.statusCode()).isEqualTo(202);
            String id = json.readTree(response.body()).get("submissionId").asString();
            return json.readTree(TestTopics.pollKey(consumer, id, 1).get(0).value());
        }
    }

    private Map<String, String> errors(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(400);
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        for (JsonNode e : json.readTree(response.body()).get("errors")) {
            errors.put(e.get("field").asString(), e.get("message").asString());
        }
        return errors;
    }
}
