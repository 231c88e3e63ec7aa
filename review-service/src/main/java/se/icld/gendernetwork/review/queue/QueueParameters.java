package se.icld.gendernetwork.review.queue;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import se.icld.gendernetwork.contracts.calls.Call;
import se.icld.gendernetwork.contracts.calls.Calls;
import se.icld.gendernetwork.contracts.submission.FocusArea;
import se.icld.gendernetwork.review.application.QueueOrder;
import se.icld.gendernetwork.review.application.QueueView;
import se.icld.gendernetwork.review.application.Status;
import se.icld.gendernetwork.review.web.InvalidParameterException;

/**
 * The queue API's parameters, checked strictly before anything is queried: a page outside the
 * queue, a size outside 1..{@value ReviewQueue#MAX_PAGE_SIZE}, a search text with control characters
 * (a NUL among them) or longer than {@value #MAX_TEXT}, a country that is not two letters, a view, order,
 * focus area, workshop, language or call the queue does not know, a position ({@code after}) in an order
 * that is not by time: each is a 400 that names the parameter and never quotes the value. The API and
 * the console read the same parameters through these checks (the console says it in the reader's words).
 */
public final class QueueParameters {

    static final int MAX_TEXT = 200;

    private QueueParameters() {
    }

    public static void checkSize(int size) {
        if (size < 1 || size > ReviewQueue.MAX_PAGE_SIZE) {
            throw new InvalidParameterException("size", "must be between 1 and " + ReviewQueue.MAX_PAGE_SIZE + ".");
        }
    }

    /** {@code page} must be 0, or a page that holds applications: {@code 0 <= page < ceil(total / size)}. */
    public static void checkPage(int page, long total, int size) {
        long pages = Math.max(1, (total + size - 1) / size);
        if (page < 0 || page >= pages) {
            throw new InvalidParameterException("page", "must be between 0 and " + (pages - 1) + " (" + total
                    + " applications, " + size + " a page).");
        }
    }

    public static void checkFilter(String country, String municipality, String text) {
        if (country != null && !country.isEmpty() && !country.matches("[A-Za-z]{2}")) {
            throw new InvalidParameterException("country", "must be a two-letter country code, e.g. CO or GT.");
        }
        checkText("municipality", municipality);
        checkText("q", text);
    }

    /** A view with its filters, and the order: what a page of the queue, an export and the detail's links share. */
    public record Selection(ReviewQueue.Filter filter, QueueOrder order) {
    }

    /**
     * Every queue parameter checked and read, for {@code reader}; {@code fallback} the view when none
     * is asked for (the API's is {@code all}, the console's {@code open}).
     */
    public static Selection selection(String reader, QueueView fallback, String view, String status, String country,
            String municipality, String focusArea, String workshop, String language, String q, String sort) {
        return selection(reader, fallback, view, status, country, municipality, focusArea, workshop, language, q, sort,
                null);
    }

    /**
     * As above, within the call {@code callId} (checked with {@link #callId(String, Calls)} first; null:
     * every call).
     */
    public static Selection selection(String reader, QueueView fallback, String view, String status, String country,
            String municipality, String focusArea, String workshop, String language, String q, String sort,
            String callId) {
        checkFilter(blankless(country), blankless(municipality), blankless(q));
        return new Selection(new ReviewQueue.Filter(status(status), blankless(country), blankless(municipality),
                blankless(q), reader, view(view, fallback), focusArea(focusArea), workshop(workshop), language(language),
                blankless(callId)), sort(sort));
    }

    /** The id of a configured call; empty or absent: null (every call). Any other value: 400 naming {@code callId}. */
    public static String callId(String value, Calls calls) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String id = value.strip();
        if (calls.find(id).isEmpty()) {
            throw new InvalidParameterException("callId", "must be one of " + calls.all().stream().map(Call::id)
                    .collect(Collectors.joining(", ")) + ".");
        }
        return id;
    }

    /** A status by its name ({@code IN_REVIEW}); empty or absent: null. */
    public static Status status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Status.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("status", "must be one of " + Arrays.stream(Status.values())
                    .map(Status::name).collect(Collectors.joining(", ")) + ".");
        }
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The page sizes the console offers (the API takes any from 1 to {@value ReviewQueue#MAX_PAGE_SIZE}). */
    public static final List<Integer> PAGE_SIZES = List.of(10, 20, 50, 100);

    /** The workshops a queue filters by interest in: the local one, the one in Sweden. */
    public static final List<String> WORKSHOPS = List.of("local", "sweden");

    /** The applicants' languages. */
    public static final List<String> LANGUAGES = List.of("es", "en", "sv");

    /** {@code view} by its wire name; empty or absent: {@code fallback}. */
    public static QueueView view(String value, QueueView fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return QueueView.fromWire(value.strip()).orElseThrow(() -> new InvalidParameterException("view",
                "must be one of " + Arrays.stream(QueueView.values()).map(QueueView::wire).collect(Collectors.joining(", "))
                        + "."));
    }

    /** {@code sort} by its wire name; empty or absent: oldest first. */
    public static QueueOrder sort(String value) {
        if (value == null || value.isBlank()) {
            return QueueOrder.OLDEST;
        }
        return QueueOrder.fromWire(value.strip()).orElseThrow(() -> new InvalidParameterException("sort",
                "must be one of " + Arrays.stream(QueueOrder.values()).map(QueueOrder::wire).collect(Collectors.joining(", "))
                        + "."));
    }

    /** A focus area as the form names it ({@code GENDER_BASED_VIOLENCE}, any case); empty or absent: null. */
    public static String focusArea(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String area = value.strip().toUpperCase(Locale.ROOT);
        if (!FocusArea.isFocusArea(area)) {
            throw new InvalidParameterException("focusArea", "must be one of " + Arrays.stream(FocusArea.values())
                    .map(FocusArea::name).collect(Collectors.joining(", ")) + ".");
        }
        return area;
    }

    /** {@code local} or {@code sweden}; empty or absent: null. */
    public static String workshop(String value) {
        return oneOf("workshop", value, WORKSHOPS);
    }

    /** {@code es}, {@code en} or {@code sv}; empty or absent: null. */
    public static String language(String value) {
        return oneOf("language", value, LANGUAGES);
    }

    /** A page by position ({@code after}) only in the orders by time. */
    public static void checkAfter(String after, QueueOrder order) {
        if (after != null && !order.byTime()) {
            throw new InvalidParameterException("after", "only with sort=oldest or sort=newest; use page.");
        }
    }

    private static String oneOf(String parameter, String value, List<String> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        if (!allowed.contains(wanted)) {
            throw new InvalidParameterException(parameter, "must be one of " + String.join(", ", allowed) + ".");
        }
        return wanted;
    }

    private static void checkText(String parameter, String value) {
        if (value == null) {
            return;
        }
        if (value.length() > MAX_TEXT) {
            throw new InvalidParameterException(parameter, "must be at most " + MAX_TEXT + " characters.");
        }
        if (value.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL
                || Character.getType(c) == Character.FORMAT)) {
            throw new InvalidParameterException(parameter, "must not contain control characters.");
        }
    }
}
