package se.icld.gendernetwork.review.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.icld.gendernetwork.review.application.Decision;
import se.icld.gendernetwork.review.application.HistoryAction;
import se.icld.gendernetwork.review.application.HistoryEntry;
import se.icld.gendernetwork.review.application.Status;
import se.icld.gendernetwork.review.status.StatusTimeline.Change;
import se.icld.gendernetwork.review.status.StatusTimeline.Entry;
import se.icld.gendernetwork.review.status.StatusTimeline.Kind;

/** The applicant's timeline, one rule per test (plain: no Spring). */
class StatusTimelineTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    private static Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    private static HistoryEntry entry(HistoryAction action, Status status, int minutes, String detail) {
        return HistoryEntry.of(action, status, at(minutes), "reviewer-a", detail);
    }

    @Test
    void eachChangeOfStatusOnceOldestFirst() {
        List<HistoryEntry> history = List.of(
                entry(HistoryAction.REGISTERED, Status.RECEIVED, 0, null),
                entry(HistoryAction.CLAIMED, Status.IN_REVIEW, 1, null),
                entry(HistoryAction.DECIDED, Status.ACCEPTED, 2, null));

        assertThat(StatusTimeline.changes(history)).containsExactly(
                new Change(Status.RECEIVED, at(0)), new Change(Status.IN_REVIEW, at(1)), new Change(Status.ACCEPTED, at(2)));
    }

    @Test
    void anEntryThatKeepsTheStatusAddsNothing() {
        List<HistoryEntry> history = List.of(
                entry(HistoryAction.REGISTERED, Status.RECEIVED, 0, null),
                entry(HistoryAction.CLAIMED, Status.IN_REVIEW, 1, null),
                entry(HistoryAction.RELEASED, Status.IN_REVIEW, 2, null),
                entry(HistoryAction.CLAIMED, Status.IN_REVIEW, 3, null));

        assertThat(StatusTimeline.changes(history)).extracting(Change::status)
                .containsExactly(Status.RECEIVED, Status.IN_REVIEW);
    }

    @Test
    void deliveryReportsAreLeftOut() {
        List<HistoryEntry> history = List.of(
                entry(HistoryAction.REGISTERED, Status.RECEIVED, 0, null),
                new HistoryEntry(HistoryAction.EMAIL_SENT, null, at(1), "notification-service", "RECEIPT (es)", "event-1"),
                new HistoryEntry(HistoryAction.EMAIL_FAILED, Status.IN_REVIEW, at(2), "notification-service", "x", "event-2"));

        assertThat(StatusTimeline.changes(history)).containsExactly(new Change(Status.RECEIVED, at(0)));
    }

    @Test
    void aStatusReachedAgainIsShownAgain() {
        List<HistoryEntry> history = List.of(
                entry(HistoryAction.CLAIMED, Status.IN_REVIEW, 0, null),
                entry(HistoryAction.INFO_REQUESTED, Status.INFO_REQUESTED, 1, "Which schools?"),
                entry(HistoryAction.INFO_PROVIDED, Status.IN_REVIEW, 2, "Three."));

        assertThat(StatusTimeline.changes(history)).extracting(Change::status)
                .containsExactly(Status.IN_REVIEW, Status.INFO_REQUESTED, Status.IN_REVIEW);
    }

    @Test
    void theQuestionIsTheLatestInformationRequest() {
        List<HistoryEntry> history = List.of(
                entry(HistoryAction.INFO_REQUESTED, Status.INFO_REQUESTED, 1, "first question"),
                entry(HistoryAction.INFO_PROVIDED, Status.IN_REVIEW, 2, "an answer"),
                entry(HistoryAction.INFO_REQUESTED, Status.INFO_REQUESTED, 3, "second question"));

        assertThat(StatusTimeline.question(history)).isEqualTo("second question");
    }

    @Test
    void noQuestionWithoutAnInformationRequest() {
        assertThat(StatusTimeline.question(List.of(entry(HistoryAction.REGISTERED, Status.RECEIVED, 0, "detail"))))
                .isNull();
    }

    @Test
    void theConversationKeepsTheQuestionAndTheAnswerAfterTheAnswer() {
        List<HistoryEntry> history = List.of(
                entry(HistoryAction.REGISTERED, Status.RECEIVED, 0, null),
                entry(HistoryAction.CLAIMED, Status.IN_REVIEW, 1, null),
                entry(HistoryAction.INFO_REQUESTED, Status.INFO_REQUESTED, 2, "Which schools?"),
                new HistoryEntry(HistoryAction.EMAIL_SENT, null, at(3), "notification-service", "information-request (es)", "event-1"),
                HistoryEntry.of(HistoryAction.INFO_PROVIDED, Status.IN_REVIEW, at(4), "applicant", "Three."));

        assertThat(StatusTimeline.conversation(history, null)).containsExactly(
                new Entry(Kind.RECEIVED, at(0), null),
                new Entry(Kind.REVIEW_STARTED, at(1), null),
                new Entry(Kind.INFO_REQUESTED, at(2), "Which schools?"),
                new Entry(Kind.INFO_PROVIDED, at(4), "Three."));
    }

    @Test
    void claimsAfterTheFirstReleasesAndNotesAddNothingToTheConversation() {
        List<HistoryEntry> history = List.of(
                entry(HistoryAction.REGISTERED, Status.RECEIVED, 0, null),
                entry(HistoryAction.CLAIMED, Status.IN_REVIEW, 1, null),
                entry(HistoryAction.RELEASED, Status.IN_REVIEW, 2, null),
                entry(HistoryAction.CLAIMED, Status.IN_REVIEW, 3, null),
                entry(HistoryAction.INFO_REQUESTED, Status.INFO_REQUESTED, 4, "Who?"),
                HistoryEntry.of(HistoryAction.INFO_PROVIDED, Status.IN_REVIEW, at(5), "applicant", "Us."),
                entry(HistoryAction.CLAIMED, Status.IN_REVIEW, 6, null));

        assertThat(StatusTimeline.conversation(history, null)).extracting(Entry::kind).containsExactly(
                Kind.RECEIVED, Kind.REVIEW_STARTED, Kind.INFO_REQUESTED, Kind.INFO_PROVIDED);
    }

    @Test
    void eachDecisionKeepsItsOwnMessage() {
        List<HistoryEntry> history = List.of(
                entry(HistoryAction.REGISTERED, Status.RECEIVED, 0, null),
                entry(HistoryAction.CLAIMED, Status.IN_REVIEW, 1, null),
                entry(HistoryAction.DECIDED, Status.WAITLISTED, 2, "A place may open in March."),
                entry(HistoryAction.CLAIMED, Status.WAITLISTED, 3, null),
                entry(HistoryAction.DECIDED, Status.ACCEPTED, 4, "Welcome!"));
        Decision latest = new Decision(Status.ACCEPTED, "Welcome!", "reviewer-a", at(4));

        assertThat(StatusTimeline.conversation(history, latest)).containsExactly(
                new Entry(Kind.RECEIVED, at(0), null),
                new Entry(Kind.REVIEW_STARTED, at(1), null),
                new Entry(Kind.WAITLISTED, at(2), "A place may open in March."),
                new Entry(Kind.ACCEPTED, at(4), "Welcome!"));
    }

    @Test
    void aDecisionRecordedWithoutItsMessageTakesTheDecisionsMessage() {
        // Decisions written before the history kept their message: the decision in force still has it.
        List<HistoryEntry> history = List.of(
                entry(HistoryAction.CLAIMED, Status.IN_REVIEW, 1, null),
                entry(HistoryAction.DECIDED, Status.REJECTED, 2, null));

        assertThat(StatusTimeline.conversation(history, new Decision(Status.REJECTED, "Not this time.", "reviewer-a", at(2))))
                .last().isEqualTo(new Entry(Kind.REJECTED, at(2), "Not this time."));
        assertThat(StatusTimeline.conversation(history, new Decision(Status.REJECTED, "  ", "reviewer-a", at(2))))
                .last().isEqualTo(new Entry(Kind.REJECTED, at(2), null));
    }

    @Test
    void aWithdrawalFromReceivedIsTheLastWordAndNoReviewStarted() {
        List<HistoryEntry> history = List.of(
                entry(HistoryAction.REGISTERED, Status.RECEIVED, 0, null),
                HistoryEntry.of(HistoryAction.WITHDRAWN, Status.WITHDRAWN, at(1), "applicant", null));

        assertThat(StatusTimeline.conversation(history, null)).extracting(Entry::kind)
                .containsExactly(Kind.RECEIVED, Kind.WITHDRAWN);
    }

    @Test
    void correctionsAndAnEmailConfirmationAreToldWithoutTheFieldsAndChangeNoStatus() {
        List<HistoryEntry> history = List.of(
                entry(HistoryAction.REGISTERED, Status.RECEIVED, 0, null),
                HistoryEntry.of(HistoryAction.CORRECTED, Status.RECEIVED, at(1), "applicant", "applicant.position,motivation"),
                HistoryEntry.of(HistoryAction.EMAIL_CONFIRMED, Status.RECEIVED, at(2), "applicant", null));

        assertThat(StatusTimeline.conversation(history, null)).containsExactly(new Entry(Kind.RECEIVED, at(0), null),
                new Entry(Kind.CORRECTED, at(1), null), new Entry(Kind.EMAIL_CONFIRMED, at(2), null));
        assertThat(StatusTimeline.changes(history)).extracting(StatusTimeline.Change::status).containsExactly(Status.RECEIVED);
    }

    @Test
    void onlyTheApplicantsAnswerIsTheirs() {
        assertThat(java.util.Arrays.stream(Kind.values()).filter(Kind::byApplicant)).containsExactly(Kind.INFO_PROVIDED);
    }
}
