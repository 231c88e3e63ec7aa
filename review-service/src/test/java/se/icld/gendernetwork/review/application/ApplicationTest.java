package se.icld.gendernetwork.review.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import se.icld.gendernetwork.contracts.intake.InterestSubmitted;
import se.icld.gendernetwork.contracts.review.ApplicationEvent;
import se.icld.gendernetwork.contracts.review.ApplicationRegistered;
import se.icld.gendernetwork.contracts.review.DecisionMade;

/** The application's state machine, claim lease and event ids: one test per rule, no Spring. */
class ApplicationTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(30);
    private static final UUID ID = UUID.fromString("5f1d2c3b-8a7e-4c4d-9e0f-1a2b3c4d5e6f");

    static InterestSubmitted submission(UUID id) {
        return Submissions.submission(id, T0.minusSeconds(60));
    }

    /** A registered application as the store would return it (the registration written). */
    static Application registered() {
        Application a = Application.register(submission(ID), T0);
        written(a);
        return a;
    }

    /** What the store does after a successful write. */
    static List<ApplicationEvent> written(Application a) {
        List<ApplicationEvent> events = List.copyOf(a.newEvents());
        a.changesWritten(List.of());
        return events;
    }

    static Application inReview(String reviewer) {
        Application a = registered();
        a.claim(reviewer, T0, LEASE);
        written(a);
        return a;
    }

    @Nested
    class Registration {

        @Test
        void aNewApplicationIsReceivedAndAnnouncesItself() {
            Application a = Application.register(submission(ID), T0);

            assertThat(a.status()).isEqualTo(Status.RECEIVED);
            assertThat(a.history()).extracting(h -> h.action().name()).containsExactly("REGISTERED");
            assertThat(a.newEvents()).singleElement().isInstanceOf(ApplicationRegistered.class);
        }

        @Test
        void registeringTheSameSubmissionTwiceGivesTheSameEventId() {
            UUID first = Application.register(submission(ID), T0).newEvents().get(0).eventId();
            UUID again = Application.register(submission(ID), T0.plus(Duration.ofDays(3))).newEvents().get(0).eventId();

            assertThat(again).isEqualTo(first);
            assertThat(Application.register(submission(UUID.randomUUID()), T0).newEvents().get(0).eventId())
                    .isNotEqualTo(first);
        }
    }

    @Nested
    class Claims {

        @Test
        void aFirstClaimMovesReceivedToInReview() {
            Application a = registered();
            a.claim("alice", T0, LEASE);

            assertThat(a.status()).isEqualTo(Status.IN_REVIEW);
            assertThat(a.claim()).isEqualTo(new Claim("alice", T0, T0.plus(LEASE)));
            assertThat(a.newEvents()).isEmpty();
        }

        @Test
        void anActiveClaimOfAnotherReviewerRefusesTheClaim() {
            Application a = inReview("alice");

            assertThat(Refusals.wire(() -> a.claim("bob", T0.plus(LEASE).minusMillis(1), LEASE))).isEqualTo("claimed");
        }

        @Test
        void anExpiredClaimMayBeTakenByAnotherReviewer() {
            Application a = inReview("alice");
            a.claim("bob", T0.plus(LEASE), LEASE);

            assertThat(a.claim().reviewer()).isEqualTo("bob");
        }

        @Test
        void theHolderRenewsTheLease() {
            Application a = inReview("alice");
            a.claim("alice", T0.plusSeconds(600), LEASE);

            assertThat(a.claim().until()).isEqualTo(T0.plusSeconds(600).plus(LEASE));
        }

        @Test
        void aDecidedOrWithdrawnApplicationCannotBeClaimedButAWaitlistedOneCan() {
            Application rejected = inReview("alice");
            rejected.decide("alice", Status.REJECTED, null, T0);
            Application withdrawn = registered();
            withdrawn.withdraw(T0);
            Application waitlisted = inReview("alice");
            waitlisted.decide("alice", Status.WAITLISTED, null, T0);

            assertThat(Refusals.wire(() -> rejected.claim("alice", T0, LEASE))).isEqualTo("illegal-transition");
            assertThat(Refusals.wire(() -> withdrawn.claim("alice", T0, LEASE))).isEqualTo("illegal-transition");
            waitlisted.claim("bob", T0, LEASE);
            assertThat(waitlisted.status()).isEqualTo(Status.WAITLISTED);
        }

        @Test
        void releaseNeedsTheClaimAndGivesTheApplicationBack() {
            Application a = inReview("alice");

            assertThat(Refusals.wire(() -> a.release("bob", T0))).isEqualTo("not-claimed");
            a.release("alice", T0);
            assertThat(a.claim()).isNull();
            assertThat(a.status()).isEqualTo(Status.IN_REVIEW);
        }
    }

    @Nested
    class Decisions {

        @Test
        void aDecisionNeedsInReview() {
            Application a = registered();

            assertThat(Refusals.wire(() -> a.decide("alice", Status.ACCEPTED, null, T0))).isEqualTo("illegal-transition");
        }

        @Test
        void aDecisionNeedsTheDecidersOwnActiveClaim() {
            Application a = inReview("alice");

            assertThat(Refusals.wire(() -> a.decide("bob", Status.ACCEPTED, null, T0))).isEqualTo("not-claimed");
            assertThat(Refusals.wire(() -> a.decide("alice", Status.ACCEPTED, null, T0.plus(LEASE)))).isEqualTo("not-claimed");
        }

        @Test
        void onlyTheThreeOutcomesMayBeDecided() {
            Application a = inReview("alice");

            assertThat(Refusals.wire(() -> a.decide("alice", Status.IN_REVIEW, null, T0))).isEqualTo("invalid-outcome");
            assertThat(Refusals.wire(() -> a.decide("alice", Status.WITHDRAWN, null, T0))).isEqualTo("invalid-outcome");
        }

        @Test
        void aDecisionEndsTheClaimAndIsAnnouncedWithItsMessage() {
            Application a = inReview("alice");
            a.decide("alice", Status.ACCEPTED, "Bienvenida", T0.plusSeconds(5));

            assertThat(a.status()).isEqualTo(Status.ACCEPTED);
            assertThat(a.claim()).isNull();
            assertThat(a.decision()).isEqualTo(new Decision(Status.ACCEPTED, "Bienvenida", "alice", T0.plusSeconds(5)));
            assertThat(a.newEvents()).singleElement().isInstanceOfSatisfying(DecisionMade.class,
                    d -> assertThat(d.outcome() + " " + d.message()).isEqualTo("ACCEPTED Bienvenida"));
        }

        @Test
        void aWaitlistedApplicationMayBecomeAcceptedButNothingElse() {
            Application a = inReview("alice");
            a.decide("alice", Status.WAITLISTED, null, T0);
            written(a);
            a.claim("bob", T0, LEASE);
            written(a);

            assertThat(Refusals.wire(() -> a.decide("bob", Status.REJECTED, null, T0))).isEqualTo("illegal-transition");
            assertThat(Refusals.wire(() -> a.decide("bob", Status.WAITLISTED, null, T0))).isEqualTo("illegal-transition");
            a.decide("bob", Status.ACCEPTED, null, T0);
            assertThat(a.status()).isEqualTo(Status.ACCEPTED);
        }

        @Test
        void twoDecisionsOnOneApplicationHaveDifferentEventIds() {
            Application a = inReview("alice");
            a.decide("alice", Status.WAITLISTED, "En lista de espera", T0);
            UUID waitlisted = written(a).get(0).eventId();
            a.claim("alice", T0, LEASE);
            written(a);
            a.decide("alice", Status.ACCEPTED, "En lista de espera", T0);
            UUID accepted = written(a).get(0).eventId();

            assertThat(accepted).isNotEqualTo(waitlisted);
        }

        @Test
        void theSameDecisionFromTheSameStateHasTheSameIdAndADifferentOneDoesNot() {
            Application first = inReview("alice");
            Application restored = inReview("alice");
            Application otherOutcome = inReview("alice");
            first.decide("alice", Status.ACCEPTED, "Bienvenida", T0);
            restored.decide("alice", Status.ACCEPTED, "Bienvenida", T0.plusSeconds(60));
            otherOutcome.decide("alice", Status.REJECTED, "Bienvenida", T0);

            UUID id = first.newEvents().get(0).eventId();
            assertThat(restored.newEvents().get(0).eventId()).isEqualTo(id);
            assertThat(otherOutcome.newEvents().get(0).eventId()).isNotEqualTo(id);
        }
    }

    @Nested
    class InformationRequests {

        @Test
        void aRequestNeedsInReviewAndTheClaim() {
            Application received = registered();
            Application claimedByAlice = inReview("alice");

            assertThat(Refusals.wire(() -> received.requestInformation("alice", "¿?", T0))).isEqualTo("illegal-transition");
            assertThat(Refusals.wire(() -> claimedByAlice.requestInformation("bob", "¿?", T0))).isEqualTo("not-claimed");
        }

        @Test
        void theApplicantsAnswerReturnsTheApplicationToReview() {
            Application a = inReview("alice");
            a.requestInformation("alice", "¿Quién más participará?", T0);
            assertThat(a.status()).isEqualTo(Status.INFO_REQUESTED);
            assertThat(a.newEvents()).hasSize(1);
            written(a);

            a.provideInformation("La secretaria y yo.", T0);

            assertThat(a.status()).isEqualTo(Status.IN_REVIEW);
            assertThat(a.history().get(a.history().size() - 1).by()).isEqualTo(Application.APPLICANT);
            assertThat(a.newEvents()).isEmpty();
        }

        @Test
        void anAnswerWithoutARequestIsRefused() {
            Application a = inReview("alice");

            assertThat(Refusals.wire(() -> a.provideInformation("…", T0))).isEqualTo("illegal-transition");
        }

        @Test
        void twoRequestsHaveDifferentEventIds() {
            Application a = inReview("alice");
            a.requestInformation("alice", "¿Quién?", T0);
            UUID first = written(a).get(0).eventId();
            a.provideInformation("Yo.", T0);
            written(a);
            a.requestInformation("alice", "¿Quién?", T0);

            assertThat(a.newEvents().get(0).eventId()).isNotEqualTo(first);
        }
    }

    @Nested
    class Withdrawals {

        @Test
        void theApplicantMayWithdrawBeforeADecisionAndTheClaimEnds() {
            Application a = inReview("alice");
            a.withdraw(T0);

            assertThat(a.status()).isEqualTo(Status.WITHDRAWN);
            assertThat(a.claim()).isNull();
            assertThat(a.newEvents()).hasSize(1);
        }

        @Test
        void notAfterADecision() {
            Application a = inReview("alice");
            a.decide("alice", Status.WAITLISTED, null, T0);

            assertThat(Refusals.wire(() -> a.withdraw(T0))).isEqualTo("illegal-transition");
        }
    }

    @Test
    void aNoteMayBeAddedInAnyStateAndAnnouncesNothing() {
        Application a = inReview("alice");
        a.decide("alice", Status.REJECTED, null, T0);
        written(a);
        a.addNote("bob", "Revisar en la próxima convocatoria", T0);

        assertThat(a.newNotes()).hasSize(1);
        assertThat(a.newEvents()).isEmpty();
    }

    @Test
    void anApplicationKeepsABoundedHistoryAndBoundedNotes() {
        Application a = inReview("alice");
        while (a.history().size() < Application.MAX_HISTORY) {
            a.claim("alice", T0, LEASE);
        }
        a.addNote("alice", "n", T0);

        assertThat(Refusals.wire(() -> a.release("alice", T0))).isEqualTo("limit-reached");
        assertThat(Refusals.wire(() -> a.withdraw(T0))).isEqualTo("limit-reached");
        Application noted = registered();
        for (int i = 0; i < Application.MAX_NOTES; i++) {
            noted.addNote("alice", "n" + i, T0);
        }
        assertThat(Refusals.wire(() -> noted.addNote("alice", "one more", T0))).isEqualTo("limit-reached");
    }

    @Test
    void eventIdsAreVersion5UuidsOfTheirName() {
        UUID id = EventIds.of("a", 1, "ApplicationRegistered");

        assertThat(id.version()).isEqualTo(5);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(EventIds.of("a", 1, "DecisionMade", "x/y", "z")).isNotEqualTo(EventIds.of("a", 1, "DecisionMade", "x", "y/z"));
        // RFC 9562 appendix A.4's example: "www.example.com" in the DNS namespace.
        assertThat(EventIds.nameBased(UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "www.example.com"))
                .hasToString("2ed6657d-e927-568b-95e1-2665a8aea6a2");
    }

    @Test
    void theReceiptsEventIdIsPinned() {
        // Changing the derivation would make every consumer see old facts as new ones: pin it.
        assertThat(Application.register(submission(ID), T0).newEvents().get(0).eventId())
                .isEqualTo(EventIds.of(ID.toString(), 1, "ApplicationRegistered"));
    }
}
