package se.icld.gendernetwork.review.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The server-drawn charts: well-formed SVG, named and described, every text escaped, bars to scale. */
class SvgChartsTest {

    private static Chart bars(List<Chart.Bar> bars) {
        return new Chart("status", Chart.Kind.BARS, "Applications by status", "Every application once.", "Status",
                bars, "No applications yet.");
    }

    @Test
    void aChartIsAnImageNamedByItsTitleAndDescribedByItsDesc() throws Exception {
        Document svg = parse(SvgCharts.svg(bars(List.of(new Chart.Bar("Received", 3)))));
        Element root = svg.getDocumentElement();

        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("chart-status-title chart-status-desc");
        assertThat(text(svg, "title")).isEqualTo("Applications by status");
        assertThat(svg.getElementsByTagName("title").item(0).getAttributes().getNamedItem("id").getNodeValue())
                .isEqualTo("chart-status-title");
        assertThat(text(svg, "desc")).isEqualTo("Every application once.");
        // no inline style: the pages' CSP forbids it
        assertThat(SvgCharts.svg(bars(List.of(new Chart.Bar("Received", 3))))).doesNotContain("style");
    }

    @Test
    void everyTextIsEscaped() throws Exception {
        String hostile = "<script>alert('x')</script> & \"Co\"";
        Chart chart = new Chart("municipality", Chart.Kind.BARS, hostile, hostile, "Municipality",
                List.of(new Chart.Bar("San <b>Juan</b> & \"Co\"", 2)), "none");
        String svg = SvgCharts.svg(chart);

        assertThat(svg).doesNotContain("<script>", "<b>", "'x'").contains("&lt;script&gt;", "&amp;", "&quot;Co&quot;");
        Document parsed = parse(svg);
        assertThat(text(parsed, "title")).isEqualTo(hostile);
        assertThat(labels(parsed)).containsExactly("San <b>Juan</b> & \"Co\"");

        Chart days = new Chart("days", Chart.Kind.COLUMNS, hostile, hostile, "Day", List.of(new Chart.Bar("<d>", 1)), "none");
        assertThat(SvgCharts.svg(days)).doesNotContain("<d>", "<script>");
        parse(SvgCharts.svg(days));
    }

    @Test
    void barLengthsAreProportionalToTheValues() throws Exception {
        Document svg = parse(SvgCharts.svg(bars(List.of(new Chart.Bar("A", 10), new Chart.Bar("B", 5),
                new Chart.Bar("C", 0), new Chart.Bar("D", 1)))));

        assertThat(widths(svg, "rect")).containsExactly((double) SvgCharts.BAR_MAX, SvgCharts.BAR_MAX / 2.0, 0.0,
                SvgCharts.BAR_MAX / 10.0);
        assertThat(labels(svg)).containsExactly("A", "B", "C", "D");
    }

    @Test
    void columnHeightsAreProportionalAndEachDayIsNamed() throws Exception {
        Chart chart = new Chart("days", Chart.Kind.COLUMNS, "Submissions per day", "Per UTC day.", "Day",
                List.of(new Chart.Bar("2026-11-01", 4), new Chart.Bar("2026-11-02", 0), new Chart.Bar("2026-11-03", 2)),
                "none");
        Document svg = parse(SvgCharts.svg(chart));

        NodeList rects = svg.getElementsByTagName("rect");
        assertThat(rects.getLength()).isEqualTo(3);
        double full = SvgCharts.PLOT_BOTTOM - SvgCharts.PLOT_TOP;
        assertThat(attribute(rects, 0, "height")).isEqualTo(full);
        assertThat(attribute(rects, 1, "height")).isZero();
        assertThat(attribute(rects, 2, "height")).isEqualTo(full / 2);
        // each column says its day and count (a tooltip; the table beside has them all)
        assertThat(((Element) rects.item(2)).getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("2026-11-03: 2");
        // the first day under the axis; the last too where there is room for both
        assertThat(SvgCharts.svg(chart)).contains(">2026-11-01</text>").doesNotContain(">2026-11-03</text>");
        List<Chart.Bar> month = new java.util.ArrayList<>();
        for (int day = 1; day <= 30; day++) {
            month.add(new Chart.Bar(String.format("2026-11-%02d", day), day % 3));
        }
        assertThat(SvgCharts.svg(new Chart("days", Chart.Kind.COLUMNS, "t", "d", "Day", month, "none")))
                .contains(">2026-11-01</text>", ">2026-11-30</text>");
    }

    @Test
    void withoutDataTheChartSaysSoAndStillHasItsTitleAndDesc() throws Exception {
        Document svg = parse(SvgCharts.svg(bars(List.of())));

        assertThat(svg.getElementsByTagName("rect").getLength()).isZero();
        assertThat(text(svg, "title")).isEqualTo("Applications by status");
        assertThat(text(svg, "desc")).isEqualTo("Every application once.");
        assertThat(svg.getDocumentElement().getTextContent()).contains("No applications yet.");
        // all zeros: bars of no length, no division by zero
        assertThat(widths(parse(SvgCharts.svg(bars(List.of(new Chart.Bar("A", 0))))), "rect")).containsExactly(0.0);
    }

    @Test
    void aLongLabelIsCutInTheDrawing() throws Exception {
        String name = "San Juan Bautista de la Montaña Alta del Norte";
        Document svg = parse(SvgCharts.svg(bars(List.of(new Chart.Bar(name, 1)))));

        assertThat(labels(svg).get(0)).hasSize(SvgCharts.MAX_LABEL).endsWith("…").startsWith("San Juan Bautista");
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    private static String text(Document svg, String tag) {
        return svg.getElementsByTagName(tag).item(0).getTextContent();
    }

    private static List<String> labels(Document svg) {
        NodeList texts = svg.getElementsByTagName("text");
        List<String> labels = new java.util.ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            Element text = (Element) texts.item(i);
            if ("label".equals(text.getAttribute("class"))) {
                labels.add(text.getTextContent());
            }
        }
        return labels;
    }

    private static List<Double> widths(Document svg, String tag) {
        NodeList nodes = svg.getElementsByTagName(tag);
        List<Double> widths = new java.util.ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            widths.add(attribute(nodes, i, "width"));
        }
        return widths;
    }

    private static double attribute(NodeList nodes, int i, String name) {
        return Double.parseDouble(((Element) nodes.item(i)).getAttribute(name));
    }
}
