package se.icld.gendernetwork.review.application;

import java.time.Instant;

/**
 * One line of an application's history: what happened ({@code action}), the status after it, who
 * did it (a reviewer's name, {@code applicant} or {@code system}) and when. {@code sourceEventId}
 * identifies entries that answer an event (email deliveries) so a redelivered event adds nothing.
 */
public record HistoryEntry(HistoryAction action, Status status, Instant at, String by, String detail, String sourceEventId) {

    public static HistoryEntry of(HistoryAction action, Status status, Instant at, String by, String detail) {
        return new HistoryEntry(action, status, at, by, detail, null);
    }
}
