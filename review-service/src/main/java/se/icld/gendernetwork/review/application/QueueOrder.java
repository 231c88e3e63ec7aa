package se.icld.gendernetwork.review.application;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The queue's orders; every one ends with submission time and id, so the order is total (keyset
 * paging and the detail page's previous/next rely on it).
 *
 * <ul>
 * <li>{@link #OLDEST}: submitted first, first (the default);</li>
 * <li>{@link #NEWEST}: the reverse;</li>
 * <li>{@link #SCORE}: highest average score first ({@link Application#reviewAverage()}), the
 * applications without a review last, then oldest first;</li>
 * <li>{@link #MUNICIPALITY}: by the municipality's name, then oldest first.</li>
 * </ul>
 */
public enum QueueOrder {
    OLDEST, NEWEST, SCORE, MUNICIPALITY;

    /** As in the parameter {@code sort}: {@code oldest}, {@code score}, … */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a page can be asked for by position ({@code after}): the orders by submission time. */
    public boolean byTime() {
        return this == OLDEST || this == NEWEST;
    }

    public static Optional<QueueOrder> fromWire(String value) {
        return Arrays.stream(values()).filter(o -> o.wire().equals(value)).findFirst();
    }
}
