package se.icld.gendernetwork.review.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.icld.gendernetwork.contracts.review.ApplicationEvent;
import se.icld.gendernetwork.contracts.review.EmailChangeRequested;

/** The applicant's corrections and the confirmation of a new email address: one test per rule, no Spring. */
class ApplicationCorrectionTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant T1 = T0.plusSeconds(600);
    private static final UUID ID = UUID.fromString("5f1d2c3b-8a7e-4c4d-9e0f-1a2b3c4d5e6f");
    private static final String NEW_ADDRESS = "maria.lopez@panajachel.gob.gt";
    private static final String MOTIVATION = "Queremos unirnos a la red para aprender de la experiencia de los municipios suecos.";
    private static final EmailConfirmation CONFIRMATION = new EmailConfirmation("a".repeat(64),
            "http://localhost:8082/status/" + ID + "/email-confirmation?code=secret", T1.plus(Duration.ofHours(48)));

    private static Application registered() {
        Application a = Application.register(Submissions.submission(ID, T0.minusSeconds(60)), T0);
        written(a);
        return a;
    }

    private static List<ApplicationEvent> written(Application a) {
        List<ApplicationEvent> events = List.copyOf(a.newEvents());
        a.changesWritten(List.of());
        return events;
    }

    private static Correction only(String position, String motivation) {
        return new Correction(null, null, null, position, motivation, null);
    }

    private static Correction email(String address) {
        return new Correction(null, address, null, null, null, null);
    }

    @Test
    void aReceivedApplicationTakesTheCorrectionAtOnceAndOneHistoryEntryNamesTheFields() {
        Application a = registered();

        List<String> changed = a.correct(only("Alcaldesa", MOTIVATION), CONFIRMATION, T1);

        assertThat(changed).containsExactly("applicant.position", "motivation");
        assertThat(a.applicant().position()).isEqualTo("Alcaldesa");
        assertThat(a.motivation()).isEqualTo(MOTIVATION);
        assertThat(a.status()).isEqualTo(Status.RECEIVED);
        assertThat(a.newHistory()).singleElement().satisfies(h -> {
            assertThat(h.action()).isEqualTo(HistoryAction.CORRECTED);
            assertThat(h.detail()).isEqualTo("applicant.position,motivation");
            assertThat(h.by()).isEqualTo(Application.APPLICANT);
            assertThat(h.at()).isEqualTo(T1);
            assertThat(h.status()).isEqualTo(Status.RECEIVED);
        });
        assertThat(a.newEvents()).isEmpty();
    }

    @Test
    void focusAreasNamePhoneAndThePhonesRemovalAreCorrections() {
        Application a = registered();

        List<String> changed = a.correct(new Correction("María José López", null, "+502 4444 0000", null, null,
                List.of("URBAN_PLANNING", "EDUCATION_AND_HEALTH")), CONFIRMATION, T1);
        written(a);

        assertThat(changed).containsExactly("applicant.fullName", "applicant.phone", "focusAreas");
        assertThat(a.applicant().fullName()).isEqualTo("María José López");
        assertThat(a.interest().focusAreas()).containsExactly("URBAN_PLANNING", "EDUCATION_AND_HEALTH");
        assertThat(a.interest().localWorkshop()).isTrue();

        assertThat(a.correct(new Correction(null, null, Correction.NO_PHONE, null, null, null), CONFIRMATION, T1))
                .containsExactly("applicant.phone");
        assertThat(a.applicant().phone()).isNull();
    }

    @Test
    void anUnchangedCorrectionChangesNothing() {
        Application a = registered();
        Applicant before = a.applicant();

        List<String> changed = a.correct(new Correction(before.fullName(), before.email(), Correction.NO_PHONE,
                before.position(), a.motivation(), a.interest().focusAreas()), CONFIRMATION, T1);

        assertThat(changed).isEmpty();
        assertThat(a.newHistory()).isEmpty();
        assertThat(a.newEvents()).isEmpty();
        assertThat(a.updatedAt()).isEqualTo(T0);
        assertThat(a.applicant()).isEqualTo(before);
    }

    @Test
    void onlyAReceivedApplicationCanBeCorrected() {
        Application claimed = registered();
        claimed.claim("alice", T0, Duration.ofMinutes(30));
        written(claimed);
        Application released = registered();
        released.claim("alice", T0, Duration.ofMinutes(30));
        released.release("alice", T0);
        written(released);
        Application withdrawn = registered();
        withdrawn.withdraw(T0);
        written(withdrawn);

        for (Application a : List.of(claimed, released, withdrawn)) {
            assertThatThrownBy(() -> a.correct(only("Alcaldesa", null), CONFIRMATION, T1))
                    .isInstanceOfSatisfying(WorkflowException.class,
                            e -> assertThat(e.code()).isEqualTo(WorkflowCode.ILLEGAL_TRANSITION))
                    .hasMessageContaining("RECEIVED");
            assertThat(a.applicant().position()).isEqualTo("Directora");
            assertThat(a.newHistory()).isEmpty();
        }
    }

    @Test
    void aNewEmailAddressWaitsForConfirmationAndIsAnnouncedToTheNewAddressOnly() {
        Application a = registered();

        List<String> changed = a.correct(email(NEW_ADDRESS), CONFIRMATION, T1);

        assertThat(changed).containsExactly("applicant.email");
        assertThat(a.applicant().email()).isEqualTo("maria.lopez@example.org");
        assertThat(a.pendingEmail()).isEqualTo(new PendingEmail(NEW_ADDRESS, CONFIRMATION.codeHash(), T1,
                CONFIRMATION.expiresAt()));
        // Requested, not changed: the history names where the new address waits.
        assertThat(a.newHistory()).singleElement().extracting(HistoryEntry::detail).isEqualTo("pendingEmail");
        List<ApplicationEvent> events = written(a);
        assertThat(events).singleElement().isInstanceOfSatisfying(EmailChangeRequested.class, e -> {
            assertThat(e.recipient().email()).isEqualTo(NEW_ADDRESS);
            assertThat(e.recipient().language()).isEqualTo("es");
            assertThat(e.confirmationUrl()).isEqualTo(CONFIRMATION.link());
            assertThat(e.expiresAt()).isEqualTo(CONFIRMATION.expiresAt());
            assertThat(e.eventId()).isEqualTo(EventIds.of(ID.toString(), 2, "EmailChangeRequested", NEW_ADDRESS));
        });
    }

    @Test
    void askingForTheSamePendingAddressAgainChangesNothingUntilItsLinkHasExpired() {
        Application a = registered();
        a.correct(email(NEW_ADDRESS), CONFIRMATION, T1);
        written(a);

        assertThat(a.correct(email(NEW_ADDRESS), CONFIRMATION, T1.plusSeconds(60))).isEmpty();
        assertThat(a.newEvents()).isEmpty();

        EmailConfirmation fresh = new EmailConfirmation("b".repeat(64), "http://x/new", CONFIRMATION.expiresAt().plusSeconds(60));
        assertThat(a.correct(email(NEW_ADDRESS), fresh, CONFIRMATION.expiresAt())).containsExactly("applicant.email");
        assertThat(a.pendingEmail().codeHash()).isEqualTo(fresh.codeHash());
        assertThat(written(a)).singleElement().isInstanceOf(EmailChangeRequested.class);
    }

    @Test
    void theRightCodeBeforeItExpiresSwitchesTheAddressOnceAndLaterEventsGoThere() {
        Application a = registered();
        a.correct(email(NEW_ADDRESS), CONFIRMATION, T1);
        written(a);

        assertThat(a.confirmEmail(CONFIRMATION.codeHash(), T1.plusSeconds(5))).isEqualTo(ConfirmationOutcome.CONFIRMED);

        assertThat(a.applicant().email()).isEqualTo(NEW_ADDRESS);
        assertThat(a.pendingEmail()).isNull();
        assertThat(a.newHistory()).singleElement().extracting(HistoryEntry::action).isEqualTo(HistoryAction.EMAIL_CONFIRMED);
        written(a);
        assertThat(a.confirmEmail(CONFIRMATION.codeHash(), T1.plusSeconds(6))).isEqualTo(ConfirmationOutcome.UNKNOWN);

        a.withdraw(T1.plusSeconds(10));
        assertThat(written(a)).singleElement().extracting(e -> e.recipient().email()).isEqualTo(NEW_ADDRESS);
    }

    @Test
    void aWrongOrExpiredCodeChangesNothing() {
        Application a = registered();
        a.correct(email(NEW_ADDRESS), CONFIRMATION, T1);
        written(a);

        assertThat(a.confirmEmail("b".repeat(64), T1)).isEqualTo(ConfirmationOutcome.UNKNOWN);
        assertThat(a.confirmEmail(null, T1)).isEqualTo(ConfirmationOutcome.UNKNOWN);
        assertThat(a.confirmEmail(CONFIRMATION.codeHash(), CONFIRMATION.expiresAt())).isEqualTo(ConfirmationOutcome.EXPIRED);

        assertThat(a.applicant().email()).isEqualTo("maria.lopez@example.org");
        assertThat(a.newHistory()).isEmpty();
        assertThat(registered().confirmEmail(CONFIRMATION.codeHash(), T1)).isEqualTo(ConfirmationOutcome.UNKNOWN);
    }

    @Test
    void aConfirmationStillWorksAfterTheReviewStarted() {
        Application a = registered();
        a.correct(email(NEW_ADDRESS), CONFIRMATION, T1);
        written(a);
        a.claim("alice", T1, Duration.ofMinutes(30));
        written(a);

        assertThat(a.confirmEmail(CONFIRMATION.codeHash(), T1.plusSeconds(5))).isEqualTo(ConfirmationOutcome.CONFIRMED);
        assertThat(a.applicant().email()).isEqualTo(NEW_ADDRESS);
        assertThat(a.status()).isEqualTo(Status.IN_REVIEW);
    }

    @Test
    void aCorrectionCountsAsAChangeAgainstTheBound() {
        Application a = registered();
        for (int i = 1; i < Application.MAX_HISTORY; i++) {
            a.correct(only(i % 2 == 0 ? "Alcaldesa" : "Concejala", null), CONFIRMATION, T1);
            written(a);
        }

        assertThatThrownBy(() -> a.correct(only("Secretaria", null), CONFIRMATION, T1))
                .isInstanceOfSatisfying(WorkflowException.class, e -> assertThat(e.code()).isEqualTo(WorkflowCode.LIMIT_REACHED));
    }
}
