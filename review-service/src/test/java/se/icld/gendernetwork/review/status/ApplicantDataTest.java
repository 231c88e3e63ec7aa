package se.icld.gendernetwork.review.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.HistoryAction;
import se.icld.gendernetwork.review.application.HistoryEntry;
import se.icld.gendernetwork.review.application.Status;
import se.icld.gendernetwork.review.application.Submissions;
import se.icld.gendernetwork.review.status.ApplicantData.Actor;
import se.icld.gendernetwork.review.status.ApplicantData.Delivery;

/** What the applicant's copy of their data holds, and what it leaves out. */
class ApplicantDataTest {

    private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");

    @Test
    void aPartnershipApplicationsCopyHoldsItsAnswersAndOnceAcceptedItsMentor() {
        Application a = Application.register(Submissions.partnership(UUID.randomUUID(), T0, "GEN-7K3Q-9XDA", null,
                "Panajachel", "GT"), "earlier-id", T0);
        assertThat(ApplicantData.of(a, T0).partnership()).isEqualTo(new ApplicantData.Partnership("GEN-7K3Q-9XDA", null));
        assertThat(ApplicantData.of(a, T0).mentor()).isNull();
        assertThat(ApplicantData.of(a, T0).toString()).as("the link is the team's").doesNotContain("earlier-id");
        a.claim("alice", T0, Duration.ofMinutes(30));
        a.decide("alice", Status.ACCEPTED, null, T0, Duration.ZERO, new se.icld.gendernetwork.review.application.Eligibility(
                se.icld.gendernetwork.review.application.Eligibility.Verdict.ELIGIBLE, "earlier-id", "GEN-7K3Q-9XDA",
                Status.ACCEPTED, a.municipality(), java.util.List.of()));
        a.assignMentor("Karin Lindqvist", "Uppsala kommun", "karin@example.se", "admin", T0);

        assertThat(ApplicantData.of(a, T0).mentor())
                .isEqualTo(new ApplicantData.Mentor("Karin Lindqvist", "Uppsala kommun", "karin@example.se"));
        assertThat(ApplicantData.of(Application.register(Submissions.submission(UUID.randomUUID(), T0), T0), T0).partnership())
                .isNull();
    }

    @Test
    void stepsAreByTheApplicantTheTeamOrTheSystemNeverByANamedReviewer() {
        Application a = Application.register(Submissions.submission(UUID.randomUUID(), T0), T0);
        a.claim("alice", T0.plusSeconds(60), Duration.ofMinutes(30));
        a.requestInformation("alice", "¿Quién más?", T0.plusSeconds(120));
        a.provideInformation("La coordinadora.", T0.plusSeconds(180));
        a.addNote("alice", "internal", T0.plusSeconds(200));

        ApplicantData data = ApplicantData.of(a, T0.plusSeconds(300));

        assertThat(data.history()).extracting(ApplicantData.Step::by)
                .containsExactly(Actor.SYSTEM, Actor.PROGRAMME_TEAM, Actor.PROGRAMME_TEAM, Actor.APPLICANT);
        assertThat(data.messages()).extracting(m -> m.from() + " " + m.text())
                .containsExactly("PROGRAMME_TEAM ¿Quién más?", "APPLICANT La coordinadora.");
        assertThat(data.toString()).doesNotContain("alice", "internal");
        assertThat(data.consent().noticeVersion()).isEqualTo("2024-01");
        assertThat(data.exportedAt()).isEqualTo(T0.plusSeconds(300));
    }

    @Test
    void emailsComeFromTheDeliveryReportsWithoutTheFailuresReason() {
        var sent = ApplicantData.email(new HistoryEntry(HistoryAction.EMAIL_SENT, null, T0, "notification-service",
                "receipt (es)", "e1"));
        var failed = ApplicantData.email(new HistoryEntry(HistoryAction.EMAIL_FAILED, null, T0, "notification-service",
                "decision-accepted (en): 550 mailbox unavailable at relay.internal", "e2"));

        assertThat(sent).isEqualTo(new ApplicantData.Email("receipt", "es", T0, Delivery.SENT));
        assertThat(failed).isEqualTo(new ApplicantData.Email("decision-accepted", "en", T0, Delivery.FAILED));
        assertThat(ApplicantData.email(new HistoryEntry(HistoryAction.EMAIL_SENT, null, T0, "x", "?", "e3")))
                .as("a detail of another shape names no template").extracting(ApplicantData.Email::template).isNull();
    }

    @Test
    void onlyTheDecisionInForceIsGiven() {
        Application a = Application.register(Submissions.submission(UUID.randomUUID(), T0), T0);
        assertThat(ApplicantData.of(a, T0).decision()).isNull();

        a.claim("alice", T0.plusSeconds(60), Duration.ofMinutes(30));
        a.decide("alice", Status.WAITLISTED, "Lista de espera.", T0.plusSeconds(120));

        assertThat(ApplicantData.of(a, T0).decision()).satisfies(d -> {
            assertThat(d.outcome()).isEqualTo(Status.WAITLISTED);
            assertThat(d.message()).isEqualTo("Lista de espera.");
        });
    }
}
