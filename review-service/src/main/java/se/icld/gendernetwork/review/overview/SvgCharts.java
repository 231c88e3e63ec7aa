package se.icld.gendernetwork.review.overview;

import java.util.List;
import java.util.Locale;

/**
 * Draws a {@link Chart} as an inline SVG, on the server: readable without JavaScript, announced as
 * one image ({@code role="img"}) named by its {@code <title>} and described by its {@code <desc>}
 * (the page puts the numbers in a table beside it). Colours and type come from classes in
 * {@code review.css}: the pages' Content-Security-Policy allows no inline styles. Every text is
 * escaped. Plain Java.
 */
public final class SvgCharts {

    static final int WIDTH = 640;
    /** Bars: the labels' column ends here, the bars start at {@link #BAR_X} and are at most {@link #BAR_MAX} long. */
    static final int LABEL_END = 250;
    static final int BAR_X = 260;
    static final int BAR_MAX = 320;
    static final int ROW = 26;
    static final int BAR_HEIGHT = 18;
    /** Labels longer than this are cut with an ellipsis in the drawing (the table has them whole). */
    static final int MAX_LABEL = 30;
    /** Columns: the plot's box. */
    static final int PLOT_LEFT = 48;
    static final int PLOT_RIGHT = 630;
    static final int PLOT_TOP = 12;
    static final int PLOT_BOTTOM = 200;
    static final int COLUMNS_HEIGHT = 232;
    /** A day's column is at most this wide (with its gap). */
    static final int MAX_SLOT = 40;
    /** About the width of a date under the axis. */
    static final int LABEL_ROOM = 80;

    private SvgCharts() {
    }

    /** The chart as an {@code <svg>} element. */
    public static String svg(Chart chart) {
        if (chart.bars().isEmpty()) {
            return empty(chart);
        }
        return chart.kind() == Chart.Kind.COLUMNS ? columns(chart) : bars(chart);
    }

    static String bars(Chart chart) {
        List<Chart.Bar> bars = chart.bars();
        int height = bars.size() * ROW + 8;
        StringBuilder svg = open(chart, height, "bars");
        long max = chart.max();
        for (int i = 0; i < bars.size(); i++) {
            Chart.Bar bar = bars.get(i);
            int top = 4 + i * ROW;
            double length = length(bar.value(), max, BAR_MAX);
            int baseline = top + BAR_HEIGHT / 2 + 5;
            svg.append("<g class=\"row\">")
                    .append("<text class=\"label\" x=\"").append(LABEL_END).append("\" y=\"").append(baseline)
                    .append("\" text-anchor=\"end\">").append(escape(cut(bar.label()))).append("</text>")
                    .append("<rect class=\"bar\" x=\"").append(BAR_X).append("\" y=\"").append(top + (ROW - BAR_HEIGHT) / 2)
                    .append("\" width=\"").append(number(length)).append("\" height=\"").append(BAR_HEIGHT).append("\"/>")
                    .append("<text class=\"value\" x=\"").append(number(BAR_X + length + 6)).append("\" y=\"")
                    .append(baseline).append("\">").append(bar.value()).append("</text>")
                    .append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    static String columns(Chart chart) {
        List<Chart.Bar> bars = chart.bars();
        StringBuilder svg = open(chart, COLUMNS_HEIGHT, "columns");
        long max = chart.max();
        // a few days are narrow columns from the left, not walls across the plot
        double slot = Math.min((double) (PLOT_RIGHT - PLOT_LEFT) / bars.size(), MAX_SLOT);
        double gap = slot > 4 ? Math.min(slot * 0.2, 4) : 0;
        int plot = PLOT_BOTTOM - PLOT_TOP;
        svg.append("<line class=\"axis\" x1=\"").append(PLOT_LEFT).append("\" y1=\"").append(PLOT_BOTTOM)
                .append("\" x2=\"").append(PLOT_RIGHT).append("\" y2=\"").append(PLOT_BOTTOM).append("\"/>")
                .append("<text class=\"tick\" x=\"").append(PLOT_LEFT - 6).append("\" y=\"").append(PLOT_TOP + 10)
                .append("\" text-anchor=\"end\">").append(max).append("</text>")
                .append("<text class=\"tick\" x=\"").append(PLOT_LEFT - 6).append("\" y=\"").append(PLOT_BOTTOM)
                .append("\" text-anchor=\"end\">0</text>");
        for (int i = 0; i < bars.size(); i++) {
            Chart.Bar bar = bars.get(i);
            double height = length(bar.value(), max, plot);
            svg.append("<rect class=\"bar\" x=\"").append(number(PLOT_LEFT + i * slot + gap / 2))
                    .append("\" y=\"").append(number(PLOT_BOTTOM - height))
                    .append("\" width=\"").append(number(Math.max(slot - gap, 0.5)))
                    .append("\" height=\"").append(number(height)).append("\">")
                    .append("<title>").append(escape(bar.label())).append(": ").append(bar.value()).append("</title>")
                    .append("</rect>");
        }
        int labelY = PLOT_BOTTOM + 20;
        svg.append("<text class=\"tick\" x=\"").append(PLOT_LEFT).append("\" y=\"").append(labelY).append("\">")
                .append(escape(bars.get(0).label())).append("</text>");
        // the last day too, where there is room for both (the table has every day)
        if (bars.size() > 1 && bars.size() * slot >= 2 * LABEL_ROOM) {
            svg.append("<text class=\"tick\" x=\"").append(number(PLOT_LEFT + bars.size() * slot)).append("\" y=\"").append(labelY)
                    .append("\" text-anchor=\"end\">").append(escape(bars.get(bars.size() - 1).label())).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    private static String empty(Chart chart) {
        return open(chart, 48, "no-data")
                .append("<text class=\"empty\" x=\"").append(WIDTH / 2).append("\" y=\"28\" text-anchor=\"middle\">")
                .append(escape(chart.empty())).append("</text></svg>").toString();
    }

    private static StringBuilder open(Chart chart, int height, String kind) {
        String id = "chart-" + chart.id();
        return new StringBuilder(1024)
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart ").append(kind)
                .append("\" role=\"img\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" id=\"").append(escape(id)).append("\" aria-labelledby=\"").append(escape(id)).append("-title ")
                .append(escape(id)).append("-desc\">")
                .append("<title id=\"").append(escape(id)).append("-title\">").append(escape(chart.title())).append("</title>")
                .append("<desc id=\"").append(escape(id)).append("-desc\">").append(escape(chart.description()))
                .append("</desc>");
    }

    /** {@code value}'s share of {@code full}, as {@code max} is to it (0 when everything is 0). */
    static double length(long value, long max, double full) {
        return max <= 0 ? 0 : full * value / max;
    }

    private static String cut(String label) {
        if (label == null) {
            return "";
        }
        return label.codePointCount(0, label.length()) <= MAX_LABEL ? label
                : label.substring(0, label.offsetByCodePoints(0, MAX_LABEL - 1)) + "…";
    }

    private static String number(double value) {
        String s = String.format(Locale.ROOT, "%.1f", value);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /** Text and attribute values for XML: {@code & < > " '} as entities. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    // Control characters other than tab and newlines are not allowed in XML.
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
