package se.icld.gendernetwork.review.queue;

import se.icld.gendernetwork.review.web.InvalidParameterException;

/**
 * The queue API's parameters, checked strictly before anything is queried: a page outside the
 * queue, a size outside 1..{@value ReviewQueue#MAX_PAGE_SIZE}, a search text with control characters
 * (a NUL among them) or longer than {@value #MAX_TEXT}, a country that is not two letters
 * each is a 400 that names the parameter and never quotes the value.
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
