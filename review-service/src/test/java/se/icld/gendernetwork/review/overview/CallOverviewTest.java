package se.icld.gendernetwork.review.overview;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import se.icld.gendernetwork.review.application.ApplicationFigures;
import se.icld.gendernetwork.review.application.ApplicationFigures.Count;
import se.icld.gendernetwork.review.application.ApplicationFigures.DayCount;
import se.icld.gendernetwork.review.application.ApplicationFigures.DecisionTime;
import se.icld.gendernetwork.review.application.ApplicationFigures.Figures;
import se.icld.gendernetwork.review.application.ApplicationFigures.InterestCounts;
import se.icld.gendernetwork.review.application.ApplicationFigures.MunicipalityCount;
import se.icld.gendernetwork.review.application.Status;

/** How the figures become the overview's charts and CSV, in es, en and sv. */
class CallOverviewTest {

    private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

    static {
        MESSAGES.setBasename("review-messages");
        MESSAGES.setDefaultEncoding("UTF-8");
        MESSAGES.setFallbackToSystemLocale(false);
    }

    private static Figures figures(List<DayCount> days, List<MunicipalityCount> top, long municipalities, long total) {
        Map<Status, Long> byStatus = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            byStatus.put(s, 0L);
        }
        byStatus.put(Status.RECEIVED, total - 1);
        byStatus.put(Status.ACCEPTED, 1L);
        Map<DecisionTime, Long> times = new EnumMap<>(DecisionTime.class);
        for (DecisionTime t : DecisionTime.values()) {
            times.put(t, 0L);
        }
        times.put(DecisionTime.DAYS_3_TO_7, 1L);
        return new Figures(total, days, byStatus, List.of(new Count("GT", total - 1), new Count(null, 1)),
                List.of(new Count("es", total - 1), new Count("sv", 1)),
                List.of(new Count("URBAN_PLANNING", total), new Count("POLITICAL_PARTICIPATION", 1)), top, municipalities,
                new InterestCounts(total, 1, 2, 0), times, 1, Duration.ofDays(3).plusHours(4));
    }

    private static Figures sample() {
        return figures(List.of(new DayCount(LocalDate.parse("2026-11-02"), 2), new DayCount(LocalDate.parse("2026-11-05"), 3)),
                List.of(new MunicipalityCount("Panajachel", "GT", 3), new MunicipalityCount("Pasto", "CO", 1)), 4, 5);
    }

    private static Chart chart(CallOverview.Overview overview, String id) {
        return overview.charts().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static Map<String, Long> values(Chart chart) {
        return chart.bars().stream().collect(Collectors.toMap(Chart.Bar::label, Chart.Bar::value, (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    @Test
    void theDaysRunFromTheFirstSubmissionToTheLastWithTheEmptyOnesAsZero() {
        Chart days = chart(CallOverview.assemble(sample(), Locale.ENGLISH, MESSAGES), "days");

        assertThat(days.kind()).isEqualTo(Chart.Kind.COLUMNS);
        assertThat(values(days)).containsExactly(Map.entry("2026-11-02", 2L), Map.entry("2026-11-03", 0L),
                Map.entry("2026-11-04", 0L), Map.entry("2026-11-05", 3L));
        assertThat(days.sum()).isEqualTo(5);
        assertThat(CallOverview.days(List.of())).isEmpty();
        assertThat(CallOverview.days(List.of(new DayCount(LocalDate.parse("2026-11-02"), 1))))
                .containsExactly(new Chart.Bar("2026-11-02", 1));
    }

    @Test
    void aStrayOldDateDoesNotMakeTheDaysEndless() {
        List<Chart.Bar> days = CallOverview.days(List.of(new DayCount(LocalDate.parse("1970-01-01"), 1),
                new DayCount(LocalDate.parse("2026-11-05"), 2)));

        assertThat(days).hasSize(CallOverview.MAX_DAYS);
        assertThat(days.get(days.size() - 1)).isEqualTo(new Chart.Bar("2026-11-05", 2));
    }

    @Test
    void theMunicipalitiesBeyondTheTopOnesAreOneOtherRow() {
        CallOverview.Overview overview = CallOverview.assemble(sample(), Locale.ENGLISH, MESSAGES);

        // 5 applications from 4 municipalities; the top two named hold 4, the other two 1.
        assertThat(values(chart(overview, "municipality"))).containsExactly(Map.entry("Panajachel (GT)", 3L),
                Map.entry("Pasto (CO)", 1L), Map.entry("Other municipalities (2)", 1L));
        // All named: no other row.
        Figures all = figures(List.of(), List.of(new MunicipalityCount("Panajachel", "GT", 5)), 1, 5);
        assertThat(values(chart(CallOverview.assemble(all, Locale.ENGLISH, MESSAGES), "municipality")))
                .containsExactly(Map.entry("Panajachel (GT)", 5L));
    }

    @Test
    void everyBreakdownIsInTheReadersWords() {
        CallOverview.Overview en = CallOverview.assemble(sample(), Locale.ENGLISH, MESSAGES);

        assertThat(en.charts()).extracting(Chart::id)
                .containsExactly("days", "status", "country", "municipality", "focus", "language", "interest", "decision");
        assertThat(values(chart(en, "status"))).hasSize(Status.values().length).containsEntry("Received", 4L)
                .containsEntry("Accepted", 1L).containsEntry("Withdrawn", 0L);
        assertThat(values(chart(en, "country"))).containsExactly(Map.entry("Guatemala", 4L), Map.entry("Unknown", 1L));
        assertThat(values(chart(en, "language"))).containsExactly(Map.entry("Español", 4L), Map.entry("Svenska", 1L));
        assertThat(values(chart(en, "focus"))).containsExactly(Map.entry("Urban planning", 5L),
                Map.entry("Women's political participation", 1L));
        assertThat(values(chart(en, "interest"))).containsExactly(Map.entry("Workshop in Colombia or Guatemala", 5L),
                Map.entry("Workshop in Sweden", 1L), Map.entry("Municipal partnership with a Swedish municipality, later", 2L),
                Map.entry("Mentorship", 0L));
        assertThat(values(chart(en, "decision"))).hasSize(DecisionTime.values().length)
                .containsEntry("3 to 7 days", 1L).containsEntry("Less than 1 day", 0L);
        assertThat(chart(en, "decision").description()).contains("(1)", "3 d 4 h");
        assertThat(en.median()).isEqualTo("3 d 4 h");

        CallOverview.Overview es = CallOverview.assemble(sample(), Locale.forLanguageTag("es"), MESSAGES);
        assertThat(chart(es, "status").title()).isEqualTo("Solicitudes por estado");
        assertThat(values(chart(es, "status"))).containsEntry("Recibida", 4L);
        assertThat(values(chart(es, "municipality"))).containsKey("Otros municipios (2)");
        CallOverview.Overview sv = CallOverview.assemble(sample(), Locale.forLanguageTag("sv"), MESSAGES);
        assertThat(chart(sv, "days").title()).isEqualTo("Inskick per dag");
        assertThat(values(chart(sv, "decision"))).containsEntry("3 till 7 dagar", 1L);
        // every title, description, heading and label is a message, never a missing key
        for (CallOverview.Overview o : List.of(en, es, sv)) {
            for (Chart c : o.charts()) {
                assertThat(List.of(c.title(), c.description(), c.labelHeading(), c.empty())).noneMatch(t -> t.startsWith("overview."));
                assertThat(c.bars()).extracting(Chart.Bar::label).noneMatch(l -> l.startsWith("overview.") || l.startsWith("state."));
            }
        }
    }

    @Test
    void withoutApplicationsEveryChartIsEmptyAndSaysWhy() {
        Map<Status, Long> none = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            none.put(s, 0L);
        }
        Map<DecisionTime, Long> times = new EnumMap<>(DecisionTime.class);
        for (DecisionTime t : DecisionTime.values()) {
            times.put(t, 0L);
        }
        Figures empty = new Figures(0, List.of(), none, List.of(), List.of(), List.of(), List.of(), 0,
                new InterestCounts(0, 0, 0, 0), times, 0, null);

        CallOverview.Overview overview = CallOverview.assemble(empty, Locale.ENGLISH, MESSAGES);

        assertThat(overview.charts()).allSatisfy(c -> assertThat(c.bars()).isEmpty());
        assertThat(chart(overview, "decision").empty()).isEqualTo("No application has been decided yet.");
        assertThat(chart(overview, "status").empty()).isEqualTo("No applications yet.");
        assertThat(overview.median()).isNull();
    }

    @Test
    void theCsvHasASummaryAndEveryChartsRowsSafeForSpreadsheets() throws Exception {
        Figures hostile = figures(List.of(new DayCount(LocalDate.parse("2026-11-02"), 5)),
                List.of(new MunicipalityCount("=HYPERLINK(\"x\")", "GT", 5)), 1, 5);
        StringWriter out = new StringWriter();

        CallOverview.csv(CallOverview.assemble(hostile, Locale.ENGLISH, MESSAGES), Locale.ENGLISH, MESSAGES, out);

        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("section,label,count");
        assertThat(lines).contains("Summary,Applications,5", "Summary,Decided at least once,1",
                "Summary,Median time to first decision (days),3.2", "Submissions per day,2026-11-02,5",
                "Applications by status,Received,4", "Applications by country,Guatemala,4",
                "Time to decision,3 to 7 days,1");
        assertThat(lines).contains("Applications by municipality,\"'=HYPERLINK(\"\"x\"\") (GT)\",5");
        assertThat(ApplicationFigures.TOP_MUNICIPALITIES).isEqualTo(15);
    }
}
