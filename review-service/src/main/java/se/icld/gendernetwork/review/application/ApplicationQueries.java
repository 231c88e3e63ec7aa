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

    /**
     * What the queue looks for; every part optional. {@code text} matches name, municipality or
     * reference (literal, case-insensitive, anywhere); {@code municipality} the start of the
     * municipality's name (case-insensitive); {@code focusArea} one of the application's focus areas;
     * {@code workshop} {@code local} or {@code sweden} (interest in that workshop); {@code language}
     * the applicant's; {@code callId} the call it was submitted to (an application registered before
     * calls existed belongs to the default call). {@code reader} (or null) leaves out the applications they have a conflict of
     * interest with, and is the "me" of the personal {@link QueueView}s; {@code now} decides which
     * claims are live ({@link QueueView#MINE}, {@link QueueView#UNCLAIMED}).
     */
    record QueueFilter(Status status, String country, String municipality, String text, String reader, QueueView view,
            String focusArea, String workshop, String language, Instant now, String callId) {

        public QueueFilter {
            view = view == null ? QueueView.ALL : view;
            if (view.personal() && reader == null) {
                throw new IllegalArgumentException("the view " + view.wire() + " needs a reader");
            }
            if ((view == QueueView.MINE || view == QueueView.UNCLAIMED) && now == null) {
                throw new IllegalArgumentException("the view " + view.wire() + " needs the time");
            }
        }

        /** Every call's applications. */
        public QueueFilter(Status status, String country, String municipality, String text, String reader, QueueView view,
                String focusArea, String workshop, String language, Instant now) {
            this(status, country, municipality, text, reader, view, focusArea, workshop, language, now, null);
        }

        public QueueFilter(Status status, String country, String municipality, String text, String reader) {
            this(status, country, municipality, text, reader, QueueView.ALL, null, null, null, null, null);
        }

        public QueueFilter(Status status, String country, String municipality, String text) {
            this(status, country, municipality, text, null);
        }

        /** The same filter in another view. */
        public QueueFilter in(QueueView other) {
            return new QueueFilter(status, country, municipality, text, reader, other, focusArea, workshop, language, now,
                    callId);
        }
    }

    /** Oldest first (submission time, then id), as {@link #queue(QueueFilter, QueueOrder, long, int)}. */
    default List<Application> queue(QueueFilter filter, long skip, int limit) {
        return queue(filter, QueueOrder.OLDEST, skip, limit);
    }

    /**
     * In {@code order}, without outbox, notes, history and replaced reviews; with the motivation (at
     * most 4,000 characters: the console shows the start of it).
     */
    List<Application> queue(QueueFilter filter, QueueOrder order, long skip, int limit);

    /**
     * As {@link #queue(QueueFilter, long, int)}, the page that starts after {@code after} (keyset
     * paging: an index range, however deep the page, where a skip walks every entry before it).
     */
    default List<Application> queueAfter(QueueFilter filter, QueuePosition after, int limit) {
        return queueAfter(filter, QueueOrder.OLDEST, after, limit);
    }

    /**
     * In {@code order}, the applications that come after {@code after}; {@code backwards}: those that
     * come before it, nearest first (the previous one of the detail page).
     */
    List<Application> queueAfter(QueueFilter filter, QueueOrder order, QueuePosition after, int limit, boolean backwards);

    default List<Application> queueAfter(QueueFilter filter, QueueOrder order, QueuePosition after, int limit) {
        return queueAfter(filter, order, after, limit, false);
    }

    /**
     * An application's place in the queue's orders: submission time and id (every order), the
     * municipality's name and the average score (the orders by them).
     */
    record QueuePosition(Instant submittedAt, String id, String municipality, Double score) {

        public QueuePosition(Instant submittedAt, String id) {
            this(submittedAt, id, null, null);
        }

        public static QueuePosition of(Application a) {
            return new QueuePosition(a.submittedAt(), a.id(), a.municipality() == null ? null : a.municipality().name(),
                    a.reviewAverage());
        }
    }

    /** What {@code filter} selects, whole, in {@code order}, read as it streams: close the stream (the export). */
    Stream<Application> stream(QueueFilter filter, QueueOrder order);

    long count(QueueFilter filter);

    /** Every status with its count, zero included. */
    default Map<Status, Long> countByStatus() {
        return countByStatus(null);
    }

    /** Every status with its count among the applications to {@code callId} (null: every call), zero included. */
    Map<Status, Long> countByStatus(String callId);

    /**
     * Per call id, every status with its count (zero included), for each call that has applications
     * (those registered before calls existed count for the default call). One {@code $group}.
     */
    Map<String, Map<Status, Long>> countByCallAndStatus();

    /** Applications per country code and status (only the pairs that occur). */
    default Map<String, Map<Status, Long>> countByCountryAndStatus() {
        return countByCountryAndStatus(null);
    }

    /** As {@link #countByCountryAndStatus()}, among the applications to {@code callId} (null: every call). */
    Map<String, Map<Status, Long>> countByCountryAndStatus(String callId);

    /** Decided applications and the median time from submission to their first decision (null when none). */
    default DecisionTimes timesToFirstDecision() {
        return timesToFirstDecision(null);
    }

    /** As {@link #timesToFirstDecision()}, among the applications to {@code callId} (null: every call). */
    DecisionTimes timesToFirstDecision(String callId);

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
