package se.icld.gendernetwork.review.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import se.icld.gendernetwork.review.application.HistoryAction;
import se.icld.gendernetwork.review.application.HistoryEntry;
import se.icld.gendernetwork.review.application.Status;

/**
 * The applicant's view of an application's history, one definition for the status page and the
 * status API: the changes of status only (no reviewer names, no notes, no delivery reports, a claim
 * renewal that keeps the status adds nothing), and the reviewer's latest question.
 */
public final class StatusTimeline {

    /** A change of status as the applicant sees it. */
    public record Change(Status status, Instant at) {
    }

    private StatusTimeline() {
    }

    /** Each change of status, oldest first; entries that answer an event (emails) are left out. */
    public static List<Change> changes(List<HistoryEntry> history) {
        List<Change> changes = new ArrayList<>();
        Status last = null;
        for (HistoryEntry h : history) {
            if (h.status() != null && h.status() != last && h.sourceEventId() == null) {
                changes.add(new Change(h.status(), h.at()));
                last = h.status();
            }
        }
        return List.copyOf(changes);
    }

    /** The reviewer's latest question (the detail of the latest INFO_REQUESTED entry), or null. */
    public static String question(List<HistoryEntry> history) {
        String question = null;
        Instant latest = Instant.MIN;
        for (HistoryEntry h : history) {
            if (h.action() == HistoryAction.INFO_REQUESTED && h.at() != null && !h.at().isBefore(latest)) {
                question = h.detail();
                latest = h.at();
            }
        }
        return question;
    }
}
