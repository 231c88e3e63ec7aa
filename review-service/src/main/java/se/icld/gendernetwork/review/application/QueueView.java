package se.icld.gendernetwork.review.application;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The queue's views, each a question a reviewer asks of it. "Undecided" is RECEIVED, IN_REVIEW or
 * INFO_REQUESTED ({@link Status#undecided()}).
 *
 * <ul>
 * <li>{@link #OPEN}: undecided (the console's default: no decided or withdrawn applications);</li>
 * <li>{@link #NEEDS_REVIEW}: undecided and not yet reviewed by the reader; where an application names
 * {@code assignees}, only if the reader is one of them (no such field, or an empty one: not assigned,
 * open to everyone);</li>
 * <li>{@link #NEEDS_DECISION}: undecided with at least one review;</li>
 * <li>{@link #MINE}: claimed by the reader, the lease still running;</li>
 * <li>{@link #UNCLAIMED}: undecided with no live claim (never claimed, released or the lease ran out);</li>
 * <li>{@link #ALL}: everything.</li>
 * </ul>
 * In every view the applications the reader has a conflict of interest with stay out.
 */
public enum QueueView {
    OPEN, NEEDS_REVIEW, NEEDS_DECISION, MINE, UNCLAIMED, ALL;

    /** As in the parameter {@code view}: {@code needs-review}, {@code open}, … */
    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether the view needs to know who reads ({@link #MINE}, {@link #NEEDS_REVIEW}). */
    public boolean personal() {
        return this == MINE || this == NEEDS_REVIEW;
    }

    public static Optional<QueueView> fromWire(String value) {
        return Arrays.stream(values()).filter(v -> v.wire().equals(value)).findFirst();
    }
}
