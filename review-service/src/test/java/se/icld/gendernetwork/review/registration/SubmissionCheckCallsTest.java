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

    /** The golden sample {@code name} with {@code replaced} replaced by {@code by}. */
    private static InterestSubmitted sample(String name, String replaced, String by) {
        return JSON.readValue(GoldenSamples.json(name).replace(replaced, by), InterestSubmitted.class);
    }

    /** The check refuses {@code event} and names {@code violation} ({@code field:code}). */
    private void assertRefused(InterestSubmitted event, String violation) {
        assertThatThrownBy(() -> check.check(event)).isInstanceOf(InvalidSubmissionException.class)
                .hasMessageContaining(violation);
    }

    @Test
    void aPartnershipApplicationIsCheckedByThePartnershipCallsRules() {
        InterestSubmitted guatemalan = sample("InterestSubmitted-partnership");
        InterestSubmitted colombian = sample("InterestSubmitted-partnership", "\"country\": \"GT\"", "\"country\": \"CO\"");

        assertThatCode(() -> check.check(colombian)).doesNotThrowAnyException();
        assertRefused(guatemalan, "municipality.country:country");
    }

    @Test
    void aPartnershipBlockInANetworkEventAndAPartnershipEventWithoutOneAreRefused() {
        InterestSubmitted toNetwork = sample("InterestSubmitted-partnership", "partnership-2025", "network-2024");
        InterestSubmitted withoutAnswers = sample("InterestSubmitted", "network-2024", "partnership-2025");

        assertThatCode(() -> check.check(sample("InterestSubmitted"))).doesNotThrowAnyException();
        assertRefused(toNetwork, "partnership:not-asked");
        assertRefused(withoutAnswers, "partnership:required");
    }

    @Test
    void anEventToACallThisServiceDoesNotKnowIsRefused() {
        InterestSubmitted unknown = sample("InterestSubmitted", "network-2024", "no-such-call");

        assertRefused(unknown, "callId:unknown-value");
    }
}
