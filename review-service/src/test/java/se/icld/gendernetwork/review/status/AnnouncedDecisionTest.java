package se.icld.gendernetwork.review.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.OutboxEntry;
import se.icld.gendernetwork.review.application.Status;
import se.icld.gendernetwork.review.application.Submissions;
import se.icld.gendernetwork.review.status.StatusTimeline.Kind;

/** What the applicant is told of a decision with a grace period: nothing while it is held, nothing of one taken back. */
class AnnouncedDecisionTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(30);
    private static final Duration GRACE = Duration.ofMinutes(10);

    private static void written(Application a) {
        a.changesWritten(a.newEvents().stream().map(e -> new OutboxEntry(e.eventId().toString(),
                e.getClass().getSimpleName(), "{}", e.occurredAt(), null, a.holdOf(e))).toList());
    }

    private static Application decidedWithGrace() {
        Application a = Application.register(Submissions.submission(UUID.randomUUID(), T0), T0);
        written(a);
        a.claim("rita", T0.plusSeconds(10), LEASE);
        written(a);
        a.decide("rita", Status.ACCEPTED, "Bienvenida", T0.plusSeconds(60), GRACE);
        written(a);
        return a;
    }

    private static List<Kind> kinds(StatusTimeline.Announced told) {
        return StatusTimeline.conversation(told.history(), told.decision()).stream().map(StatusTimeline.Entry::kind).toList();
    }

    @Test
    void aDecisionInItsGracePeriodIsNotToldYet() {
        Application a = decidedWithGrace();
        StatusTimeline.Announced told = StatusTimeline.announced(a, T0.plusSeconds(120));
        assertThat(told.status()).isEqualTo(Status.IN_REVIEW);
        assertThat(told.decision()).isNull();
        assertThat(kinds(told)).containsExactly(Kind.RECEIVED, Kind.REVIEW_STARTED);
        assertThat(StatusTimeline.changes(told.history())).extracting(StatusTimeline.Change::status)
                .containsExactly(Status.RECEIVED, Status.IN_REVIEW);
    }

    @Test
    void onceTheGraceIsOverTheDecisionIsTold() {
        Application a = decidedWithGrace();
        StatusTimeline.Announced told = StatusTimeline.announced(a, T0.plusSeconds(60).plus(GRACE));
        assertThat(told.status()).isEqualTo(Status.ACCEPTED);
        assertThat(told.decision().message()).isEqualTo("Bienvenida");
        assertThat(kinds(told)).containsExactly(Kind.RECEIVED, Kind.REVIEW_STARTED, Kind.ACCEPTED);
    }

    @Test
    void aDecisionTakenBackWasNeverTold() {
        Application a = decidedWithGrace();
        a.takeBackDecision("rita", false, T0.plusSeconds(120), LEASE);
        written(a);
        a.decide("rita", Status.REJECTED, null, T0.plusSeconds(200), Duration.ZERO);
        written(a);
        StatusTimeline.Announced told = StatusTimeline.announced(a, T0.plusSeconds(300));
        assertThat(told.status()).isEqualTo(Status.REJECTED);
        assertThat(kinds(told)).containsExactly(Kind.RECEIVED, Kind.REVIEW_STARTED, Kind.REJECTED);
        assertThat(StatusTimeline.changes(told.history())).extracting(StatusTimeline.Change::status)
                .containsExactly(Status.RECEIVED, Status.IN_REVIEW, Status.REJECTED);
    }
}
