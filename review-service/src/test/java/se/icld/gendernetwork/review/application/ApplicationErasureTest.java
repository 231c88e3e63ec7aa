package se.icld.gendernetwork.review.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.icld.gendernetwork.contracts.review.ApplicationErased;
import se.icld.gendernetwork.contracts.review.ApplicationEvent;
import se.icld.gendernetwork.contracts.review.ErasureRequested;

/** Erasing an applicant's personal data: one test per rule, no Spring. */
class ApplicationErasureTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final UUID ID = UUID.fromString("5f1d2c3b-8a7e-4c4d-9e0f-1a2b3c4d5e6f");
    private static final Duration LEASE = Duration.ofMinutes(30);

    /** Registered, asked a question, answered, noted and decided: every kind of text there is. */
    private static Application decided() {
        Application a = Application.register(Submissions.submission(ID, T0.minusSeconds(60)), T0);
        written(a);
        a.claim("rita", T0.plusSeconds(10), LEASE);
        a.requestInformation("rita", "¿Quién más participará?", T0.plusSeconds(20));
        written(a);
        a.provideInformation("La coordinadora de la oficina de la mujer.", T0.plusSeconds(30));
        a.addNote("rita", "Conocí a la alcaldesa en Leticia.", T0.plusSeconds(40));
        a.decide("rita", Status.ACCEPTED, "Nos vemos en el taller.", T0.plusSeconds(50));
        // The decision's event is in the outbox, not relayed yet: it carries the recipient.
        a.changesWritten(List.of(new OutboxEntry(UUID.randomUUID().toString(), "DecisionMade",
                "{\"recipient\":{\"email\":\"x\"}}", T0.plusSeconds(50), null)));
        return a;
    }

    private static List<ApplicationEvent> written(Application a) {
        List<ApplicationEvent> events = List.copyOf(a.newEvents());
        a.changesWritten(List.of());
        return events;
    }

    @Test
    void theApplicantsDataGoesAndTheSkeletonStays() {
        Application a = decided();
        Municipality municipality = a.municipality();
        Interest interest = a.interest();

        assertThat(a.erase("ada", Erasure.Requester.APPLICANT, T0.plusSeconds(90))).isTrue();

        assertThat(a.applicant()).isEqualTo(new Applicant(null, null, null, null, "es"));
        assertThat(a.motivation()).isNull();
        assertThat(a.notes()).isEmpty();
        assertThat(a.decision().outcome()).isEqualTo(Status.ACCEPTED);
        assertThat(a.decision().message()).isNull();
        assertThat(a.history()).extracting(HistoryEntry::detail).containsOnly(null, "APPLICANT");
        // The skeleton: what statistics need.
        assertThat(a.status()).isEqualTo(Status.ACCEPTED);
        assertThat(a.municipality()).isEqualTo(municipality);
        assertThat(a.interest()).isEqualTo(interest);
        assertThat(a.reference()).isNotBlank();
        assertThat(a.submittedAt()).isEqualTo(T0.minusSeconds(60));
        assertThat(a.history()).extracting(HistoryEntry::action).containsExactly(HistoryAction.REGISTERED,
                HistoryAction.CLAIMED, HistoryAction.INFO_REQUESTED, HistoryAction.INFO_PROVIDED, HistoryAction.DECIDED,
                HistoryAction.ERASED);
    }

    @Test
    void theErasureIsRecordedWithWhoWhenAndOnWhoseRequestAndAnnouncedWithoutData() {
        Application a = decided();
        Instant at = T0.plusSeconds(90);

        a.erase("ada", Erasure.Requester.PROGRAMME, at);

        assertThat(a.erasure()).isEqualTo(new Erasure(at, "ada", Erasure.Requester.PROGRAMME));
        assertThat(a.newHistory()).singleElement().isEqualTo(HistoryEntry.of(HistoryAction.ERASED, Status.ACCEPTED, at,
                "ada", "PROGRAMME"));
        assertThat(a.newEvents()).singleElement().isInstanceOfSatisfying(ApplicationErased.class, e -> {
            assertThat(e.applicationId()).isEqualTo(ID);
            assertThat(e.recipient()).isNull();
            assertThat(e.municipality().name()).isEqualTo(a.municipality().name());
        });
    }

    @Test
    void eventsNotRelayedYetAreDroppedForTheyCarryTheRecipient() {
        Application a = decided();
        assertThat(a.outbox()).hasSize(1);

        a.erase("ada", Erasure.Requester.APPLICANT, T0.plusSeconds(90));

        assertThat(a.outbox()).isEmpty();
    }

    @Test
    void anErasedApplicationCannotChangeAnyMore() {
        Application a = Application.register(Submissions.submission(ID, T0.minusSeconds(60)), T0);
        written(a);
        a.erase("ada", Erasure.Requester.APPLICANT, T0.plusSeconds(5));
        written(a);

        for (Runnable change : List.<Runnable>of(() -> a.claim("rita", T0.plusSeconds(10), LEASE),
                () -> a.withdraw(T0.plusSeconds(10)), () -> a.addNote("rita", "a note", T0.plusSeconds(10)),
                () -> a.correct(new Correction(null, null, null, "Alcaldesa", null, null), null, T0.plusSeconds(10)))) {
            assertThatThrownBy(change::run).isInstanceOfSatisfying(WorkflowException.class,
                    e -> assertThat(e.code()).isEqualTo(WorkflowCode.ILLEGAL_TRANSITION));
        }
        assertThat(a.confirmEmail("a".repeat(64), T0.plusSeconds(10))).isEqualTo(ConfirmationOutcome.UNKNOWN);
    }

    @Test
    void theApplicantsRequestErasesNothingAndSendsTheLinkToTheApplicationsAddress() {
        Application a = decided();
        String link = "http://localhost:8082/status/" + ID + "/erasure-confirmation?code=secret";
        Instant expires = T0.plus(Duration.ofHours(48));

        a.requestErasure(new EmailConfirmation("b".repeat(64), link, expires), T0.plusSeconds(90));

        assertThat(a.erased()).isFalse();
        assertThat(a.applicant().fullName()).isNotNull();
        assertThat(a.newHistory()).singleElement().satisfies(h -> assertThat(h.action()).isEqualTo(HistoryAction.ERASURE_REQUESTED));
        assertThat(a.newEvents()).singleElement().isInstanceOfSatisfying(ErasureRequested.class, e -> {
            assertThat(e.recipient().email()).isEqualTo(a.applicant().email());
            assertThat(e.confirmationUrl()).isEqualTo(link);
            assertThat(e.expiresAt()).isEqualTo(expires);
        });
    }

    @Test
    void theRequestsCodeConfirmsOnlyWhileValidAndNotOnceErased() {
        Application a = decided();
        a.requestErasure(new EmailConfirmation("b".repeat(64), "link", T0.plus(Duration.ofHours(48))), T0.plusSeconds(90));
        written(a);

        assertThat(a.erasureConfirmation("b".repeat(64), T0.plusSeconds(100))).isEqualTo(ConfirmationOutcome.CONFIRMED);
        assertThat(a.erasureConfirmation("c".repeat(64), T0.plusSeconds(100))).isEqualTo(ConfirmationOutcome.UNKNOWN);
        assertThat(a.erasureConfirmation(null, T0.plusSeconds(100))).isEqualTo(ConfirmationOutcome.UNKNOWN);
        assertThat(a.erasureConfirmation("b".repeat(64), T0.plus(Duration.ofHours(48)))).isEqualTo(ConfirmationOutcome.EXPIRED);

        a.erase(Application.APPLICANT, Erasure.Requester.APPLICANT, T0.plusSeconds(110));

        assertThat(a.pendingErasure()).isNull();
        assertThat(a.erasureConfirmation("b".repeat(64), T0.plusSeconds(120))).isEqualTo(ConfirmationOutcome.UNKNOWN);
    }

    @Test
    void erasingTwiceKeepsTheFirstRecordAndRecordsNothingMore() {
        Application a = decided();
        a.erase("ada", Erasure.Requester.APPLICANT, T0.plusSeconds(90));
        written(a);

        assertThat(a.erase("bo", Erasure.Requester.PROGRAMME, T0.plusSeconds(99))).isFalse();

        assertThat(a.erasure().by()).isEqualTo("ada");
        assertThat(a.newHistory()).isEmpty();
        assertThat(a.newEvents()).isEmpty();
    }
}
