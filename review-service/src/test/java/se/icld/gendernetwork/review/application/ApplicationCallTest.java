package se.icld.gendernetwork.review.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.icld.gendernetwork.contracts.GoldenSamples;
import se.icld.gendernetwork.contracts.calls.Calls;
import se.icld.gendernetwork.contracts.intake.InterestSubmitted;
import se.icld.gendernetwork.contracts.review.ApplicationEvent;
import se.icld.gendernetwork.contracts.review.EmailChangeRequested;
import se.icld.gendernetwork.contracts.review.ErasureRequested;
import tools.jackson.databind.json.JsonMapper;

/** The call an application belongs to: the one intake recorded in the event, the default one for older events. */
class ApplicationCallTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theApplicationBelongsToTheCallTheEventNamesEvenOnceThatCallClosed() {
        InterestSubmitted s = JSON.readValue(GoldenSamples.json("InterestSubmitted").replace("network-2024", "partnership-2025"),
                InterestSubmitted.class);

        Application a = Application.register(s, Instant.parse("2030-01-01T00:00:00Z"));

        assertThat(a.callId()).isEqualTo("partnership-2025");
    }

    @Test
    void anEventWrittenBeforeCallsExistedBelongsToTheDefaultCall() {
        InterestSubmitted s = JSON.readValue(GoldenSamples.json("InterestSubmitted-before-calls"), InterestSubmitted.class);

        assertThat(Application.register(s, Instant.EPOCH).callId()).isEqualTo(Calls.DEFAULT_CALL);
        assertThat(Application.register(Submissions.submission(UUID.randomUUID(), Instant.EPOCH), Instant.EPOCH).callId())
                .isEqualTo(Calls.DEFAULT_CALL);
    }

    @Test
    void itsConfirmationRequestsCarryItsCallSoTheirEmailsNameTheProgramme() {
        InterestSubmitted s = JSON.readValue(GoldenSamples.json("InterestSubmitted").replace("network-2024", "partnership-2025"),
                InterestSubmitted.class);
        Application a = Application.register(s, Instant.parse("2026-12-01T10:00:00Z"));
        Instant later = Instant.parse("2026-12-01T11:00:00Z");
        EmailConfirmation confirmation = new EmailConfirmation("a".repeat(64), "http://review.test/confirm",
                later.plusSeconds(3_600));

        a.correct(new Correction(null, "maria.lopez@panajachel.gob.gt", null, null, null, null), confirmation, later);
        a.requestErasure(confirmation, later.plusSeconds(60));

        List<ApplicationEvent> events = a.newEvents();
        assertThat(events).filteredOn(e -> e instanceof EmailChangeRequested).singleElement()
                .extracting(e -> ((EmailChangeRequested) e).callId()).isEqualTo("partnership-2025");
        assertThat(events).filteredOn(e -> e instanceof ErasureRequested).singleElement()
                .extracting(e -> ((ErasureRequested) e).callId()).isEqualTo("partnership-2025");
    }
}
