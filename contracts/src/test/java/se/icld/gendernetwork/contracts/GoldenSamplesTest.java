package se.icld.gendernetwork.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.icld.gendernetwork.contracts.calls.Calls;
import se.icld.gendernetwork.contracts.delivery.DeliveryEvent;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted;
import se.icld.gendernetwork.contracts.review.ApplicationEvent;
import se.icld.gendernetwork.contracts.review.DecisionMade;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Each golden sample reads into its record and writes back to the same JSON, field for field. */
class GoldenSamplesTest {

    private final JsonMapper mapper = JsonMapper.builder().build();

    @ParameterizedTest
    @ValueSource(strings = {"ApplicationRegistered", "InformationRequested", "DecisionMade", "ApplicationWithdrawn",
        "EmailChangeRequested", "ApplicationErased", "ErasureRequested", "MentorAssigned"})
    void applicationEventsRoundTripThroughTheSealedInterface(String type) {
        String golden = GoldenSamples.json(type);

        ApplicationEvent event = mapper.readValue(golden, ApplicationEvent.class);

        assertThat(event.getClass().getSimpleName()).isEqualTo(type);
        assertThat(event.applicationId()).isEqualTo(UUID.fromString("5f1d2c3b-8a7e-3c4d-9e0f-1a2b3c4d5e6f"));
        assertSameJson(mapper.writeValueAsString(event), golden);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NotificationSent", "NotificationFailed"})
    void deliveryEventsRoundTripThroughTheSealedInterface(String type) {
        String golden = GoldenSamples.json(type);

        DeliveryEvent event = mapper.readValue(golden, DeliveryEvent.class);

        assertThat(event.getClass().getSimpleName()).isEqualTo(type);
        assertSameJson(mapper.writeValueAsString(event), golden);
    }

    @ParameterizedTest
    @ValueSource(strings = {"InterestSubmitted"})
    void interestSubmittedRoundTrips(String type) {
        String golden = GoldenSamples.json(type);

        InterestSubmitted event = mapper.readValue(golden, InterestSubmitted.class);

        assertThat(event.applicant().email()).isEqualTo("maria.lopez@example.org");
        assertThat(event.focusAreas()).containsExactly("POLITICAL_PARTICIPATION", "GENDER_BASED_VIOLENCE");
        assertSameJson(mapper.writeValueAsString(event), golden);
    }

    @Test
    void anInterestSubmittedWrittenBeforeCallsExistedBelongsToTheDefaultCall() {
        InterestSubmitted before = mapper.readValue(GoldenSamples.json("InterestSubmitted-before-calls"), InterestSubmitted.class);
        InterestSubmitted now = mapper.readValue(GoldenSamples.json("InterestSubmitted"), InterestSubmitted.class);

        assertThat(GoldenSamples.json("InterestSubmitted-before-calls")).doesNotContain("callId");
        assertThat(before.callId()).isEqualTo(Calls.DEFAULT_CALL);
        assertThat(before).isEqualTo(now);
        assertThat(mapper.readValue(GoldenSamples.json("InterestSubmitted").replace("network-2024", "partnership-2025"),
                InterestSubmitted.class).callId()).isEqualTo("partnership-2025");
    }

    @Test
    void aPartnershipApplicationCarriesItsAnswersAndANetworkOneHasNone() {
        String golden = GoldenSamples.json("InterestSubmitted-partnership");

        InterestSubmitted event = mapper.readValue(golden, InterestSubmitted.class);

        assertThat(event.callId()).isEqualTo("partnership-2025");
        assertThat(event.partnership()).isEqualTo(new InterestSubmitted.Partnership("GEN-7K3Q-9XDA", "Uppsala"));
        assertSameJson(mapper.writeValueAsString(event), golden);
        assertThat(mapper.readValue(GoldenSamples.json("InterestSubmitted"), InterestSubmitted.class).partnership()).isNull();
        assertThat(mapper.writeValueAsString(mapper.readValue(GoldenSamples.json("InterestSubmitted"), InterestSubmitted.class)))
                .doesNotContain("partnership\"");
    }

    @Test
    void aDecisionWrittenBeforeCallsExistedBelongsToTheDefaultCall() {
        String before = GoldenSamples.json("DecisionMade-before-calls");

        DecisionMade read = (DecisionMade) mapper.readValue(before, ApplicationEvent.class);

        assertThat(before).doesNotContain("callId");
        assertThat(read.callId()).isEqualTo(Calls.DEFAULT_CALL);
        assertThat(read).isEqualTo(mapper.readValue(GoldenSamples.json("DecisionMade"), ApplicationEvent.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {"EmailChangeRequested", "ErasureRequested"})
    void aConfirmationRequestWrittenBeforeItCarriedTheCallBelongsToTheDefaultCall(String type) {
        String before = GoldenSamples.json(type + "-before-calls");

        ApplicationEvent read = mapper.readValue(before, ApplicationEvent.class);

        assertThat(before).doesNotContain("callId");
        assertThat(read).isEqualTo(mapper.readValue(GoldenSamples.json(type), ApplicationEvent.class));
        assertThat(GoldenSamples.json(type)).contains("\"callId\": \"" + Calls.DEFAULT_CALL + "\"");
    }

    private void assertSameJson(String actual, String expected) {
        JsonNode a = mapper.readTree(actual);
        JsonNode e = mapper.readTree(expected);
        assertThat(a).isEqualTo(e);
    }
}
