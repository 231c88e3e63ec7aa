package se.icld.gendernetwork.review.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.icld.gendernetwork.contracts.review.MentorAssigned;

/** The mentor of an accepted partnership: recorded by an admin, told to the applicant once per change. */
class ApplicationMentorTest {

    private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(30);

    /** An accepted partnership application, its changes written (so only what follows is new). */
    private static Application acceptedPartnership() {
        Application a = Application.register(Submissions.partnership(UUID.randomUUID(), T0, "GEN-7K3Q-9XDA", null,
                "Panajachel", "GT"), "earlier", T0);
        a.claim("alice", T0, LEASE);
        Eligibility eligible = new Eligibility(Eligibility.Verdict.ELIGIBLE, "earlier", "GEN-7K3Q-9XDA", Status.ACCEPTED,
                a.municipality(), List.of());
        a.decide("alice", Status.ACCEPTED, null, T0, Duration.ZERO, eligible);
        a.changesWritten(List.of());
        return a;
    }

    @Test
    void theMentorIsRecordedInTheHistoryAndTheApplicantIsTold() {
        Application a = acceptedPartnership();

        assertThat(a.assignMentor(" Karin Lindqvist ", "Uppsala kommun", "karin@example.se", "admin", T0.plusSeconds(60)))
                .isTrue();

        assertThat(a.mentor()).isEqualTo(new Mentor("Karin Lindqvist", "Uppsala kommun", "karin@example.se", "admin",
                T0.plusSeconds(60)));
        assertThat(a.newHistory()).singleElement().satisfies(h -> {
            assertThat(h.action()).isEqualTo(HistoryAction.MENTOR_ASSIGNED);
            assertThat(h.by()).isEqualTo("admin");
            assertThat(h.detail()).isEqualTo("Karin Lindqvist (Uppsala kommun)");
        });
        assertThat(a.newEvents()).singleElement().isInstanceOfSatisfying(MentorAssigned.class, e -> {
            assertThat(e.mentor()).isEqualTo(new MentorAssigned.Mentor("Karin Lindqvist", "Uppsala kommun", "karin@example.se"));
            assertThat(e.callId()).isEqualTo("partnership-2025");
            assertThat(e.recipient().language()).isEqualTo("es");
            assertThat(e.reference()).isEqualTo(a.reference());
        });
    }

    @Test
    void anErasureTakesTheMentorsNameAndAddressToo() {
        Application a = acceptedPartnership();
        a.assignMentor("Karin Lindqvist", "Uppsala kommun", "karin@example.se", "admin", T0);
        a.changesWritten(List.of());

        a.erase("admin", Erasure.Requester.APPLICANT, T0.plusSeconds(60));

        assertThat(a.mentor()).isNull();
        assertThat(a.history()).filteredOn(h -> h.action() == HistoryAction.MENTOR_ASSIGNED)
                .singleElement().satisfies(h -> assertThat(h.detail()).isNull());
    }

    @Test
    void theSameMentorTwiceTellsNothingNewAndAnotherMentorTellsAgainWithANewEvent() {
        Application a = acceptedPartnership();
        a.assignMentor("Karin Lindqvist", "Uppsala kommun", null, "admin", T0);
        UUID first = a.newEvents().get(0).eventId();
        a.changesWritten(List.of());

        assertThat(a.assignMentor("Karin Lindqvist", " Uppsala kommun", "", "other-admin", T0.plusSeconds(5))).isFalse();
        assertThat(a.newEvents()).isEmpty();
        assertThat(a.newHistory()).isEmpty();

        assertThat(a.assignMentor("Lars Berg", "Umeå kommun", null, "admin", T0.plusSeconds(10))).isTrue();
        assertThat(a.newEvents()).singleElement().satisfies(e -> assertThat(e.eventId()).isNotEqualTo(first));
        assertThat(a.mentor().name()).isEqualTo("Lars Berg");
    }

    @Test
    void onlyAnAcceptedPartnershipApplicationIsGivenAMentor() {
        Application received = Application.register(Submissions.partnership(UUID.randomUUID(), T0, "GEN-7K3Q-9XDA", null,
                "Panajachel", "GT"), null, T0);
        assertThat(Refusals.wire(() -> received.assignMentor("Karin", "Uppsala", null, "admin", T0)))
                .isEqualTo("illegal-transition");

        Application network = Application.register(Submissions.submission(UUID.randomUUID(), T0), T0);
        network.claim("alice", T0, LEASE);
        network.decide("alice", Status.ACCEPTED, null, T0);
        assertThat(Refusals.wire(() -> network.assignMentor("Karin", "Uppsala", null, "admin", T0)))
                .isEqualTo("illegal-transition");
        assertThat(network.mentor()).isNull();
    }

    @Test
    void aMentorNeedsANameAndAnOrganisationAndAnEmailThatIsOne() {
        Application a = acceptedPartnership();

        assertThatThrownBy(() -> a.assignMentor(" ", "Uppsala kommun", null, "admin", T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> a.assignMentor("Karin", "", null, "admin", T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> a.assignMentor("Karin", "x".repeat(Mentor.MAX_TEXT + 1), null, "admin", T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> a.assignMentor("Karin", "Uppsala", "not-an-address", "admin", T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(a.mentor()).isNull();
        assertThat(a.newEvents()).isEmpty();
    }

    @Test
    void thePartnershipAnswersAreKeptWithTheirLink() {
        Application linked = Application.register(Submissions.partnership(UUID.randomUUID(), T0, "GEN-7K3Q-9XDA", "Uppsala",
                "Panajachel", "GT"), "earlier-id", T0);
        Application unknown = Application.register(Submissions.partnership(UUID.randomUUID(), T0, "GEN-0000-0000", null,
                "Panajachel", "GT"), null, T0);

        assertThat(linked.partnership()).isEqualTo(new Partnership("GEN-7K3Q-9XDA", "Uppsala", "earlier-id"));
        assertThat(linked.partnership().linked()).isTrue();
        assertThat(unknown.partnership().linked()).isFalse();
        assertThat(unknown.partnership().swedishMunicipality()).isNull();
        assertThat(unknown.status()).isEqualTo(Status.RECEIVED);
        assertThat(Application.register(Submissions.submission(UUID.randomUUID(), T0), T0).partnership()).isNull();
    }
}
