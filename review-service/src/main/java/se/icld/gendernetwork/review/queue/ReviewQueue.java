package se.icld.gendernetwork.review.queue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import se.icld.gendernetwork.review.application.Application;
import se.icld.gendernetwork.review.application.ApplicationQueries;
import se.icld.gendernetwork.review.application.ApplicationQueries.QueuePosition;
import se.icld.gendernetwork.review.application.Status;

/**
 * The reviewers' queue: filters, oldest first, paged by number ({@code page}, for the console's
 * "page n of m") or by position ({@code after} = the previous page's {@code next}: the same cost
 * however deep the page).
 */
@Service
public class ReviewQueue {

    public static final int MAX_PAGE_SIZE = 100;

    private final ApplicationQueries applications;

    ReviewQueue(ApplicationQueries applications) {
        this.applications = applications;
    }

    /**
     * What to look for; every part optional. {@code text} matches name, municipality or reference;
     * {@code reader}, the reviewer asking, never sees the applications they have a conflict of interest with.
     */
    public record Filter(Status status, String country, String municipality, String text, String reader) {

        public Filter(Status status, String country, String municipality, String text) {
            this(status, country, municipality, text, null);
        }

        ApplicationQueries.QueueFilter query() {
            return new ApplicationQueries.QueueFilter(status, country, municipality, text, reader);
        }
    }

    /**
     * @param page the page number asked for, or -1 for a page asked by position
     * @param next where the next page starts (pass it as {@code after}), null on the last page
     */
    public record Page(List<Application> items, long total, int page, int size, String next) {
    }

    /** How many applications {@code filter} matches. */
    public long count(Filter filter) {
        return applications.count(filter.query());
    }

    public Page find(Filter filter, int page, int size) {
        int safeSize = safe(size);
        int safePage = Math.max(0, page);
        List<Application> items = applications.queue(filter.query(), (long) safePage * safeSize, safeSize);
        return new Page(items, applications.count(filter.query()), safePage, safeSize, next(items, safeSize));
    }

    /** The page after {@code after}, a {@link Page#next()} value. */
    public Page findAfter(Filter filter, String after, int size) {
        QueuePosition position = position(after)
                .orElseThrow(() -> new IllegalArgumentException("not a queue position: " + after));
        int safeSize = safe(size);
        List<Application> items = applications.queueAfter(filter.query(), position, safeSize);
        return new Page(items, applications.count(filter.query()), -1, safeSize, next(items, safeSize));
    }

    private static int safe(int size) {
        return Math.max(1, Math.min(size, MAX_PAGE_SIZE));
    }

    /** {@code <submittedAt epoch ms>_<id>} of the last item of a full page. */
    private static String next(List<Application> items, int size) {
        if (items.size() < size) {
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
