package se.icld.gendernetwork.review.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.icld.gendernetwork.review.application.Eligibility.Verdict;
import se.icld.gendernetwork.review.application.Eligibility.Warning;

/** A partnership application's eligibility, from the network application its reference names, as it stands now. */
class EligibilityTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(30);

    private static Application network(Status outcome, String municipality, String country) {
        Application a = Application.register(new se.icld.gendernetwork.contracts.intake.InterestSubmitted(UUID.randomUUID(), T0,
                UUID.randomUUID(), "GEN-7K3Q-9XDA", "hash",
                new se.icld.gendernetwork.contracts.intake.InterestSubmitted.Applicant("Ana", "ana@example.org", null, "Alcaldesa", "es"),
                new se.icld.gendernetwork.contracts.intake.InterestSubmitted.Municipality(municipality, "Sololá", country),
                "Motivación", java.util.List.of("POLITICAL_PARTICIPATION"),
                new se.icld.gendernetwork.contracts.intake.InterestSubmitted.Workshops(true, true), true, true,
                new se.icld.gendernetwork.contracts.intake.InterestSubmitted.Consent(true, "2024-01")), T0);
        if (outcome != null) {
            a.claim("alice", T0, LEASE);
            a.decide("alice", outcome, null, T0);
        }
        return a;
    }

    private static Application partnership(String municipality, String country) {
        return Application.register(Submissions.partnership(UUID.randomUUID(), T0, "GEN-7K3Q-9XDA", "Uppsala",
                municipality, country), "linked", T0);
    }

    @Test
    void anAcceptedNetworkApplicationMakesItEligible() {
        Application earlier = network(Status.ACCEPTED, "Panajachel", "GT");

        Eligibility e = Eligibility.of(partnership("Panajachel", "GT"), earlier, true);

        assertThat(e.eligible()).isTrue();
        assertThat(e.verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(e.earlierId()).isEqualTo(earlier.id());
        assertThat(e.earlierStatus()).isEqualTo(Status.ACCEPTED);
        assertThat(e.warnings()).isEmpty();
    }

    @Test
    void noApplicationWithTheReferenceIsNotFound() {
        Eligibility e = Eligibility.of(partnership("Panajachel", "GT"), null, false);

        assertThat(e.verdict()).isEqualTo(Verdict.NOT_FOUND);
        assertThat(e.earlierReference()).isEqualTo("GEN-7K3Q-9XDA");
        assertThat(e.earlierId()).isNull();
        assertThat(e.refusal().code()).isEqualTo(WorkflowCode.NOT_ELIGIBLE);
    }

    @Test
    void aNetworkApplicationNotAcceptedSaysItsStatusNow() {
        assertThat(Eligibility.of(partnership("Panajachel", "GT"), network(null, "Panajachel", "GT"), true))
                .extracting(Eligibility::verdict, Eligibility::earlierStatus).containsExactly(Verdict.NOT_ACCEPTED, Status.RECEIVED);
        for (Status outcome : new Status[] {Status.WAITLISTED, Status.REJECTED}) {
            Eligibility e = Eligibility.of(partnership("Panajachel", "GT"), network(outcome, "Panajachel", "GT"), true);
            assertThat(e.eligible()).isFalse();
            assertThat(e.earlierStatus()).isEqualTo(outcome);
            assertThat(e.refusal().getMessage()).contains(outcome.name());
        }
    }

    @Test
    void anApplicationToAnotherCallIsNoNetworkApplication() {
        Application accepted = network(Status.ACCEPTED, "Panajachel", "GT");

        assertThat(Eligibility.of(partnership("Panajachel", "GT"), accepted, false).verdict())
                .isEqualTo(Verdict.NOT_A_NETWORK_APPLICATION);
        Application otherPartnership = partnership("Panajachel", "GT");
        assertThat(Eligibility.of(partnership("Panajachel", "GT"), otherPartnership, true).verdict())
                .isEqualTo(Verdict.NOT_A_NETWORK_APPLICATION);
    }

    @Test
    void aDifferentMunicipalityOrCountryWarnsWithoutRefusing() {
        Application earlier = network(Status.ACCEPTED, "Panajachel", "GT");

        assertThat(Eligibility.of(partnership("  PANAJACHEL ", "GT"), earlier, true).warnings()).isEmpty();
        Eligibility other = Eligibility.of(partnership("Medellín", "CO"), earlier, true);
        assertThat(other.eligible()).isTrue();
        assertThat(other.warnings()).containsExactly(Warning.MUNICIPALITY_DIFFERS, Warning.COUNTRY_DIFFERS);
        assertThat(other.earlierMunicipality().name()).isEqualTo("Panajachel");
        assertThat(Eligibility.of(partnership("Panajachel", "CO"), earlier, true).warnings())
                .containsExactly(Warning.COUNTRY_DIFFERS);
    }

    @Test
    void accentsAndCaseDoNotMakeAMunicipalityDiffer() {
        Application earlier = network(Status.ACCEPTED, "Bogotá", "CO");

        assertThat(Eligibility.of(partnership("bogota", "CO"), earlier, true).warnings()).isEmpty();
    }

    @Test
    void onlyAPartnershipApplicationHasAnEligibility() {
        assertThatThrownBy(() -> Eligibility.of(network(null, "Panajachel", "GT"), null, true))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptingIsRefusedUnlessEligibleWhileWaitlistAndRejectStayPossible() {
        Application earlier = network(Status.REJECTED, "Panajachel", "GT");
        Application a = partnership("Panajachel", "GT");
        a.claim("alice", T0, LEASE);

        Eligibility notEligible = Eligibility.of(a, earlier, true);
        assertThat(Refusals.wire(() -> a.decide("alice", Status.ACCEPTED, null, T0, Duration.ZERO, notEligible)))
                .isEqualTo("not-eligible");
        assertThat(Refusals.wire(() -> a.decide("alice", Status.ACCEPTED, null, T0))).isEqualTo("not-eligible");
        assertThat(a.status()).isEqualTo(Status.IN_REVIEW);

        a.decide("alice", Status.WAITLISTED, null, T0, Duration.ZERO, notEligible);
        assertThat(a.status()).isEqualTo(Status.WAITLISTED);

        a.claim("alice", T0, LEASE);
        a.decide("alice", Status.ACCEPTED, null, T0, Duration.ZERO,
                Eligibility.of(a, network(Status.ACCEPTED, "Panajachel", "GT"), true));
        assertThat(a.status()).isEqualTo(Status.ACCEPTED);
    }

    @Test
    void aNetworkApplicationIsAcceptedWithoutAnEligibility() {
        Application a = network(null, "Panajachel", "GT");
        a.claim("alice", T0, LEASE);

        a.decide("alice", Status.ACCEPTED, null, T0, Duration.ZERO, null);

        assertThat(a.status()).isEqualTo(Status.ACCEPTED);
    }
}
