package se.icld.gendernetwork.review.overview;

import java.util.List;

/**
 * One figure of the overview, in the reader's words: what {@link SvgCharts} draws and the page's
 * table lists. {@code id} is the section's stable name (the page's anchors, the CSV's rows keep the
 * title); {@code labelHeading} heads the table's first column; {@code empty} is what the chart says
 * when there is nothing to draw.
 */
public record Chart(String id, Kind kind, String title, String description, String labelHeading, List<Bar> bars,
        String empty) {

    public Chart {
        bars = List.copyOf(bars);
    }

    /** Horizontal bars (one per category) or columns (one per day, in order). */
    public enum Kind {
        BARS, COLUMNS
    }

    /** A category or day and its count. */
    public record Bar(String label, long value) {
    }

    /** The largest value, 0 without bars. */
    public long max() {
        return bars.stream().mapToLong(Bar::value).max().orElse(0);
    }

    /** The sum of the values. */
    public long sum() {
        return bars.stream().mapToLong(Bar::value).sum();
    }
}
