package se.icld.gendernetwork.review.queue;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;

import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.ApplicationQueries;
import se.icld.gendernetwork.review.application.ApplicationQueries.QueuePosition;
import se.icld.gendernetwork.review.application.QueueOrder;
import se.icld.gendernetwork.review.application.QueueView;
import se.icld.gendernetwork.review.application.Status;

/**
 * The reviewers' queue: views, filters and orders, paged by number ({@code page}, for the console's
 * "page n of m") or, in the orders by time, by position ({@code after} = the previous page's
 * {@code next}: the same cost however deep the page); an application's previous and next within a
 * view (the detail page's links).
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReviewQueue {

    public static final int MAX_PAGE_SIZE = 100;

    private final ApplicationQueries applications;
    private final Clock clock;

    /**
     * What to look for; every part optional (see {@link ApplicationQueries.QueueFilter}; {@code callId}
     * null: every call's applications). {@code reader},
     * the reviewer asking, never sees the applications they have a conflict of interest with; the
     * view is theirs (mine, needs my review).
     */
    public record Filter(Status status, String country, String municipality, String text, String reader, QueueView view,
            String focusArea, String workshop, String language, String callId) {

        public Filter {
            view = view == null ? QueueView.ALL : view;
        }

        /** Every call's applications. */
        public Filter(Status status, String country, String municipality, String text, String reader, QueueView view,
                String focusArea, String workshop, String language) {
            this(status, country, municipality, text, reader, view, focusArea, workshop, language, null);
        }

        public Filter(Status status, String country, String municipality, String text, String reader) {
            this(status, country, municipality, text, reader, QueueView.ALL, null, null, null, null);
        }

        public Filter(Status status, String country, String municipality, String text) {
            this(status, country, municipality, text, null);
        }

        public Filter in(QueueView other) {
            return new Filter(status, country, municipality, text, reader, other, focusArea, workshop, language, callId);
        }

        ApplicationQueries.QueueFilter query(Instant now) {
            return new ApplicationQueries.QueueFilter(status, country, municipality, text, reader, view, focusArea,
                    workshop, language, now, callId);
        }
    }

    /**
     * @param page the page number asked for, or -1 for a page asked by position
     * @param next where the next page starts (pass it as {@code after}), null on the last page (and
     *        in the orders that are paged by number only)
     */
    public record Page(List<Application> items, long total, int page, int size, String next) {
    }

    /** The ids of the applications before and after one, within a view and order (null at either end). */
    public record Neighbours(String previous, String next) {
    }

    /** How many applications {@code filter} matches. */
    public long count(Filter filter) {
        return applications.count(filter.query(Instant.now(clock)));
    }

    /** How many applications each view holds with {@code filter}'s other parts, every view present. */
    public Map<QueueView, Long> countByView(Filter filter) {
        Instant now = Instant.now(clock);
        Map<QueueView, Long> counts = new EnumMap<>(QueueView.class);
        for (QueueView view : QueueView.values()) {
            counts.put(view, applications.count(filter.in(view).query(now)));
        }
        return counts;
    }

    public Page find(Filter filter, int page, int size) {
        return find(filter, QueueOrder.OLDEST, page, size);
    }

    public Page find(Filter filter, QueueOrder order, int page, int size) {
        return find(filter, order, page, size, null);
    }

    /**
     * A page, with {@code total} the caller already counted (null: counted here). On a large queue a
     * count reads every matching application, so a caller that has it does not pay for it twice.
     */
    public Page find(Filter filter, QueueOrder order, int page, int size, Long total) {
        int safeSize = safe(size);
        int safePage = Math.max(0, page);
        ApplicationQueries.QueueFilter query = filter.query(Instant.now(clock));
        List<Application> items = applications.queue(query, order, (long) safePage * safeSize, safeSize);
        return new Page(items, total != null ? total : applications.count(query), safePage, safeSize,
                next(items, order, safeSize));
    }

    /** The page after {@code after}, a {@link Page#next()} value. */
    public Page findAfter(Filter filter, String after, int size) {
        return findAfter(filter, QueueOrder.OLDEST, after, size);
    }

    /** In an order by time ({@link QueueOrder#byTime()}), the page after {@code after}, a {@link Page#next()} value. */
    public Page findAfter(Filter filter, QueueOrder order, String after, int size) {
        if (!order.byTime()) {
            throw new IllegalArgumentException("pages by position are in the orders by time only");
        }
        QueuePosition position = position(after)
                .orElseThrow(() -> new IllegalArgumentException("not a queue position: " + after));
        int safeSize = safe(size);
        ApplicationQueries.QueueFilter query = filter.query(Instant.now(clock));
        List<Application> items = applications.queueAfter(query, order, position, safeSize);
        return new Page(items, applications.count(query), -1, safeSize, next(items, order, safeSize));
    }

    /**
     * The applications just before and just after {@code current} in {@code filter}'s view and
     * {@code order}; {@code current} itself need not be in the view (then: where it would be).
     */
    public Neighbours neighbours(Filter filter, QueueOrder order, Application current) {
        ApplicationQueries.QueueFilter query = filter.query(Instant.now(clock));
        QueuePosition at = QueuePosition.of(current);
        return new Neighbours(first(applications.queueAfter(query, order, at, 1, true)),
                first(applications.queueAfter(query, order, at, 1, false)));
    }

    private static String first(List<Application> items) {
        return items.isEmpty() ? null : items.get(0).id();
    }

    /** Every application {@code filter} matches, whole, in {@code order}: close the stream. */
    public java.util.stream.Stream<Application> stream(Filter filter, QueueOrder order) {
        return applications.stream(filter.query(Instant.now(clock)), order);
    }

    private static int safe(int size) {
        return Math.max(1, Math.min(size, MAX_PAGE_SIZE));
    }

    /** {@code <submittedAt epoch ms>_<id>} of the last item of a full page, in the orders by time. */
    private static String next(List<Application> items, QueueOrder order, int size) {
        if (items.size() < size || !order.byTime()) {
            return null;
        }
        Application last = items.get(items.size() - 1);
        return last.submittedAt() == null ? null : last.submittedAt().toEpochMilli() + "_" + last.id();
    }

    static Optional<QueuePosition> position(String after) {
        int separator = after == null ? -1 : after.indexOf('_');
        if (separator < 1) {
            return Optional.empty();
        }
        try {
            return Optional.of(new QueuePosition(Instant.ofEpochMilli(Long.parseLong(after.substring(0, separator))),
                    after.substring(separator + 1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
