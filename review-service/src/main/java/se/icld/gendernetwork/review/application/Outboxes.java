package se.icld.gendernetwork.review.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The outbox side of the applications store: what the relay needs to find events waiting, hold an
 * application's outbox while it publishes it, and remove each event once the broker acknowledged
 * it. Every operation is one atomic single-document update (or one per document); none touches the
 * version reviewers work against.
 */
public interface Outboxes {

    /**
     * Ids of applications with events waiting that no relay holds (and whose retry time, if any, has
     * come) and whose first event is not held past {@code dueBy} (a decision's grace period), the
     * longest waiting first; found through an index of waiting applications only.
     */
    List<String> waiting(Instant now, Instant dueBy, int limit);

    /**
     * Takes the relay lease, until {@code now + lease}, on those of {@code ids} that have events
     * waiting, no running lease and no hold past {@code dueBy}, and returns their outboxes in order.
     * Others are left alone.
     */
    List<PendingOutbox> lease(Collection<String> ids, String holder, Instant now, Instant dueBy, Duration lease);

    /**
     * Removes {@code published} after the broker acknowledged it. {@code next} is the entry after it in
     * the leased outbox (null when it was the last one known): the last removal gives the lease back
     * and clears the waiting mark in the same update.
     */
    void remove(String applicationId, OutboxEntry published, OutboxEntry next, String holder);

    /**
     * Gives the lease up on reaching an event held until {@code until} (a decision's grace period): no
     * relay takes the application again before then. The mark is set only while {@code held} is still
     * first in line: a take-back may have removed it meanwhile, and then the lease is simply given back.
     */
    void holdUntil(String applicationId, String holder, OutboxEntry held, Instant until);

    /** Gives the lease up after a failed publish; no relay takes the application again before {@code retryAt}. */
    void retryLater(String applicationId, String holder, Instant retryAt);

    /**
     * Applications with events waiting, how many events, and since when the longest-waiting event that
     * is due at {@code now} waits (null: none); a held event counts from the end of its hold.
     */
    Backlog backlog(Instant now);

    /** The backlog now. */
    default Backlog backlog() {
        return backlog(Instant.now());
    }

    /** An application's waiting events as leased, and how many publishes of it failed in a row before. */
    record PendingOutbox(String applicationId, List<OutboxEntry> entries, int failures) {
    }

    record Backlog(long applications, long events, Instant oldestSince) {
    }
}
