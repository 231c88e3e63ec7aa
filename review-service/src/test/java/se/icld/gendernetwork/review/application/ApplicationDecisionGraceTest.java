package se.icld.gendernetwork.review.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.icld.gendernetwork.contracts.review.ApplicationEvent;
import se.icld.gendernetwork.contracts.review.DecisionMade;

/** A decision's grace period and taking it back: one test per rule, no Spring. */
class ApplicationDecisionGraceTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(30);
    private static final Duration GRACE = Duration.ofMinutes(10);
    private static final UUID ID = UUID.fromString("5f1d2c3b-8a7e-4c4d-9e0f-1a2b3c4d5e6f");

    /** What the store does after a write: the events become outbox entries, held as the application says. */
    private static List<OutboxEntry> written(Application a) {
        List<OutboxEntry> entries = a.newEvents().stream()
                .map(e -> new OutboxEntry(e.eventId().toString(), e.getClass().getSimpleName(), "{}", e.occurredAt(), null,
                        a.holdOf(e)))
                .toList();
        a.changesWritten(entries);
        return entries;
    }

    private static Application inReview() {
        Application a = Application.register(Submissions.submission(ID, T0.minusSeconds(60)), T0);
        written(a);
        a.claim("rita", T0, LEASE);
        written(a);
        return a;
    }

    private static Application decidedWithGrace(Status outcome) {
        Application a = inReview();
        a.decide("rita", outcome, "Nos vemos en el taller.", T0.plusSeconds(60), GRACE);
        written(a);
        return a;
    }

    @Test
    void aDecisionWithAGracePeriodHoldsItsEventUntilTheGraceEnds() {
        Application a = inReview();
        a.decide("rita", Status.ACCEPTED, null, T0.plusSeconds(60), GRACE);
        ApplicationEvent event = a.newEvents().get(0);
        assertThat(event).isInstanceOf(DecisionMade.class);
        assertThat(a.holdOf(event)).isEqualTo(T0.plusSeconds(60).plus(GRACE));
        List<OutboxEntry> entries = written(a);
        assertThat(entries.get(0).heldAt(T0.plusSeconds(60).plus(GRACE).minusMillis(1))).isTrue();
        assertThat(entries.get(0).heldAt(T0.plusSeconds(60).plus(GRACE))).isFalse();
        assertThat(a.takeBackUntil(T0.plusSeconds(61))).isEqualTo(T0.plusSeconds(60).plus(GRACE));
    }

    @Test
    void aZeroGracePeriodAnnouncesAtOnceAndCannotBeTakenBack() {
        Application a = inReview();
        a.decide("rita", Status.ACCEPTED, null, T0.plusSeconds(60), Duration.ZERO);
        assertThat(a.holdOf(a.newEvents().get(0))).isNull();
        assertThat(a.decisionHold()).isNull();
        written(a);
        assertThat(a.takeBackUntil(T0.plusSeconds(61))).isNull();
        assertThat(Refusals.wire(() -> a.takeBackDecision("rita", false, T0.plusSeconds(61), LEASE))).isEqualTo("grace-period-over");
    }

    @Test
    void takingBackReturnsToInReviewClaimedByTheDeciderAndRemovesTheHeldEvent() {
        Application a = decidedWithGrace(Status.REJECTED);
        String held = a.outbox().get(a.outbox().size() - 1).eventId();
        a.takeBackDecision("rita", false, T0.plusSeconds(120), LEASE);
        assertThat(a.status()).isEqualTo(Status.IN_REVIEW);
        assertThat(a.decision()).isNull();
        assertThat(a.claim()).isEqualTo(new Claim("rita", T0.plusSeconds(120), T0.plusSeconds(120).plus(LEASE)));
        assertThat(a.outbox()).extracting(OutboxEntry::eventId).doesNotContain(held);
        assertThat(a.takenBackEvents()).containsExactly(held);
        assertThat(a.newEvents()).isEmpty();
        HistoryEntry last = a.history().get(a.history().size() - 1);
        assertThat(List.<Object>of(last.action(), last.status(), last.by(), last.detail()))
                .containsExactly(HistoryAction.DECISION_TAKEN_BACK, Status.IN_REVIEW, "rita", "REJECTED");
        written(a);
        assertThat(a.takenBackEvents()).isEmpty();
        // Decided again, as from any IN_REVIEW.
        a.decide("rita", Status.WAITLISTED, null, T0.plusSeconds(130), GRACE);
        assertThat(a.status()).isEqualTo(Status.WAITLISTED);
    }

    @Test
    void anAdminTakesBackSomeoneElsesDecisionAnotherReviewerCannot() {
        Application a = decidedWithGrace(Status.ACCEPTED);
        assertThat(Refusals.wire(() -> a.takeBackDecision("bob", false, T0.plusSeconds(120), LEASE))).isEqualTo("not-the-decider");
        a.takeBackDecision("admin", true, T0.plusSeconds(120), LEASE);
        assertThat(a.status()).isEqualTo(Status.IN_REVIEW);
        assertThat(a.claim().reviewer()).isEqualTo("rita");
        assertThat(a.history().get(a.history().size() - 1).by()).isEqualTo("admin");
    }

    @Test
    void afterTheGracePeriodTheDecisionStands() {
        Application a = decidedWithGrace(Status.ACCEPTED);
        Instant end = T0.plusSeconds(60).plus(GRACE);
        assertThat(a.takeBackUntil(end)).isNull();
        assertThat(Refusals.wire(() -> a.takeBackDecision("rita", false, end, LEASE))).isEqualTo("grace-period-over");
        assertThat(a.status()).isEqualTo(Status.ACCEPTED);
    }

    @Test
    void onceTheEventIsPublishedTheDecisionStandsEvenWithinTheGrace() {
        Application a = decidedWithGrace(Status.ACCEPTED);
        // The store read again after the relay removed the event (published).
        Application published = inReview();
        published.decide("rita", Status.ACCEPTED, null, T0.plusSeconds(60), GRACE);
        published.changesWritten(List.of());
        assertThat(published.takeBackUntil(T0.plusSeconds(120))).isNull();
        assertThat(Refusals.wire(() -> published.takeBackDecision("rita", false, T0.plusSeconds(120), LEASE)))
                .isEqualTo("grace-period-over");
        assertThat(a.takeBackUntil(T0.plusSeconds(120))).isNotNull();
    }

    @Test
    void takingBackAnAcceptanceOfAWaitlistedOneReturnsToTheWaitingList() {
        Application a = inReview();
        a.decide("rita", Status.WAITLISTED, "Lista de espera.", T0.plusSeconds(60), Duration.ZERO);
        written(a);
        a.claim("bob", T0.plusSeconds(100), LEASE);
        a.decide("bob", Status.ACCEPTED, null, T0.plusSeconds(110), GRACE);
        written(a);
        a.takeBackDecision("bob", false, T0.plusSeconds(120), LEASE);
        assertThat(a.status()).isEqualTo(Status.WAITLISTED);
        assertThat(a.decision()).isEqualTo(new Decision(Status.WAITLISTED, "Lista de espera.", "rita", T0.plusSeconds(60)));
        assertThat(a.claim().reviewer()).isEqualTo("bob");
    }

    @Test
    void withoutADecisionThereIsNothingToTakeBack() {
        Application a = inReview();
        assertThat(Refusals.wire(() -> a.takeBackDecision("rita", false, T0.plusSeconds(120), LEASE))).isEqualTo("illegal-transition");
    }

    @Test
    void anErasureEndsTheHold() {
        Application a = decidedWithGrace(Status.ACCEPTED);
        a.erase("admin", Erasure.Requester.APPLICANT, T0.plusSeconds(120));
        assertThat(a.decisionHold()).isNull();
        assertThat(a.takeBackUntil(T0.plusSeconds(121))).isNull();
    }
}
