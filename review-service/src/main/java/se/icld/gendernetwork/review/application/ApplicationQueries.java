package se.icld.gendernetwork.review.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The read side of the applications store: the reviewers' queue, the figures, the export. Computed
 * by the database (filters, counts, the median); nothing here loads more documents than it returns.
 */
public interface ApplicationQueries {

    /** Every part optional; {@code text} matches name, municipality or reference (literal, case-insensitive). */
    /** {@code reader} (or null) leaves out the applications they have a conflict of interest with. */
    record QueueFilter(Status status, String country, String municipality, String text, String reader) {

        public QueueFilter(Status status, String country, String municipality, String text) {
            this(status, country, municipality, text, null);
        }
    }

    /** Oldest first (submission time, then id), without outbox, motivation and notes. */
    List<Application> queue(QueueFilter filter, long skip, int limit);

    /**
     * As {@link #queue(QueueFilter, long, int)}, the page that starts after {@code after} (keyset
     * paging: an index range, however deep the page, where a skip walks every entry before it).
     */
    List<Application> queueAfter(QueueFilter filter, QueuePosition after, int limit);

    /** An application's place in the queue's order. */
    record QueuePosition(Instant submittedAt, String id) {
    }

    long count(QueueFilter filter);

    /** Every status with its count, zero included. */
    Map<Status, Long> countByStatus();

    /** Applications per country code and status (only the pairs that occur). */
    Map<String, Map<Status, Long>> countByCountryAndStatus();

    /** Decided applications and the median time from submission to their first decision (null when none). */
    DecisionTimes timesToFirstDecision();

    /** Every application, oldest first, read as it streams: close the stream. */
    Stream<Application> allOldestFirst();

    /**
     * Applications closed before {@code cutoff} and not erased yet, at most {@code limit}, oldest
     * first: decided (their latest decision before it) or withdrawn (last changed before it).
     */
    List<java.util.UUID> closedBefore(Instant cutoff, int limit);

    record DecisionTimes(long decided, Duration median) {
    }

    /**
     * Undecided applications (RECEIVED, IN_REVIEW, INFO_REQUESTED) not erased, oldest first, at most
     * {@code limit}, without outbox, motivation, notes and history: what a spread of assignments reads.
     */
    List<Application> undecidedOldestFirst(int limit);

    /** Per reviewer, how many undecided applications they are assigned to (counted by the database). */
    Map<String, Long> assignedLoad();
}
