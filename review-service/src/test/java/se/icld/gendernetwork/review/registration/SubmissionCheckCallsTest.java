package se.icld.gendernetwork.review.registration;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import se.icld.gendernetwork.contracts.GoldenSamples;
import se.icld.gendernetwork.contracts.calls.Call;
import se.icld.gendernetwork.contracts.calls.Calls;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted;
import tools.jackson.databind.json.JsonMapper;

/** Review checks each event by the rules of its call: the call's countries and question set; an unknown call is refused. */
class SubmissionCheckCallsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> TEXT = Map.of("es", "Convocatoria", "en", "Call", "sv", "Utlysning");
    private static final Instant OPENS = Instant.parse("2024-01-01T05:00:00Z");

    private final SubmissionCheck check = new SubmissionCheck(new Calls(List.of(
            new Call("network-2024", TEXT, TEXT, OPENS, null, ZoneId.of("America/Bogota"), Set.of("CO", "GT")),
            new Call("partnership-2025", TEXT, TEXT, OPENS, null, ZoneId.of("America/Bogota"), Set.of("CO"),
                    Call.Questions.PARTNERSHIP, List.of()))), Set.of("2024-01"));

    private static InterestSubmitted sample(String name) {
        return JSON.readValue(GoldenSamples.json(name), InterestSubmitted.class);
    }

    @Test
    void aPartnershipApplicationIsCheckedByThePartnershipCallsRules() {
        InterestSubmitted guatemalan = sample("InterestSubmitted-partnership");
        InterestSubmitted colombian = JSON.readValue(GoldenSamples.json("InterestSubmitted-partnership")
                .replace("\"country\": \"GT\"", "\"country\": \"CO\""), InterestSubmitted.class);

        assertThatCode(() -> check.check(colombian)).doesNotThrowAnyException();
        assertThatThrownBy(() -> check.check(guatemalan)).isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("municipality.country:country");
    }

    @Test
    void aPartnershipBlockInANetworkEventAndAPartnershipEventWithoutOneAreRefused() {
        InterestSubmitted toNetwork = JSON.readValue(GoldenSamples.json("InterestSubmitted-partnership")
                .replace("partnership-2025", "network-2024"), InterestSubmitted.class);
        InterestSubmitted withoutAnswers = JSON.readValue(GoldenSamples.json("InterestSubmitted")
                .replace("network-2024", "partnership-2025"), InterestSubmitted.class);

        assertThatCode(() -> check.check(sample("InterestSubmitted"))).doesNotThrowAnyException();
        assertThatThrownBy(() -> check.check(toNetwork)).isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("partnership:not-asked");
        assertThatThrownBy(() -> check.check(withoutAnswers)).isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("partnership:required");
    }

    @Test
    void anEventToACallThisServiceDoesNotKnowIsRefused() {
        InterestSubmitted unknown = JSON.readValue(GoldenSamples.json("InterestSubmitted")
                .replace("network-2024", "no-such-call"), InterestSubmitted.class);

        assertThatThrownBy(() -> check.check(unknown)).isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining("callId:unknown-value");
    }
}
